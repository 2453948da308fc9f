package org.chaord.atlas.ui.table;

import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.View;

/**
 * What the table's columns and filter choices are made from: the data, the view and the language of the last
 * build. It changes only when one of them does (not with the day), so the controls are remade only then.
 */
public record TableBasis(Atlas atlas, View view, Texts texts) {

    /** The same data (the same instance: atlases are immutable), view and language. */
    boolean sameAs(Atlas a, View v, Texts t) {
        return atlas == a && view.equals(v) && texts.equals(t);
    }
}
