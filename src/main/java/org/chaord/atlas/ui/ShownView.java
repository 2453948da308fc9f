package org.chaord.atlas.ui;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.View;

import java.util.List;

/** The view the map shows: always one the loaded data know. FX thread only. */
final class ShownView {

    private final ReadOnlyObjectWrapper<View> view;

    ShownView(Object bean) {
        view = new ReadOnlyObjectWrapper<>(bean, "view", View.UNCC);
    }

    ReadOnlyObjectProperty<View> property() {
        return view.getReadOnlyProperty();
    }

    View get() {
        return view.get();
    }

    /** Refused (the view stays) when null or naming a treaty the data lack. */
    void set(View v, Atlas atlas) {
        if (v != null && (atlas == null || atlas.isKnown(v))) {
            view.set(v);
        }
    }

    /** Number key {@code n} (1–9): the n-th of {@link ViewChoices#byKey}; nothing when there are fewer views. */
    void setByKey(int n, Atlas atlas) {
        List<View> views = ViewChoices.byKey(ViewChoices.offered(atlas));
        if (n >= 1 && n <= views.size()) {
            set(views.get(n - 1), atlas);
        }
    }

    /** New data may lack a treaty of the view shown (a remembered view, a smaller treaties.csv): show the first. */
    void keepKnown(Atlas atlas) {
        if (atlas != null && !atlas.isKnown(view.get()) && !atlas.views().isEmpty()) {
            view.set(atlas.views().get(0));
        }
    }
}
