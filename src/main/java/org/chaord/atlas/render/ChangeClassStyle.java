package org.chaord.atlas.render;

import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.model.ChangeClass;
import org.chaord.atlas.model.StatusClass;

/**
 * The colours of a change map. Each change class borrows the palette colour of the class it moved into (newly signed
 * = signed, entered into force = party, left = denounced, other = invited, unchanged = no action), so a change map
 * reads like the status map and inherits every palette's tested distinguishability (ADR 0015).
 */
public final class ChangeClassStyle {

    private ChangeClassStyle() {
    }

    /** The status class whose colour a change class borrows. */
    public static StatusClass colourOf(ChangeClass change) {
        return switch (change) {
            case NEWLY_SIGNED -> StatusClass.SIGNED;
            case NEWLY_BOUND -> StatusClass.RATIFIED;
            case ENTERED_INTO_FORCE -> StatusClass.PARTY;
            case LEFT -> StatusClass.DENOUNCED;
            case OTHER -> StatusClass.INVITED;
            case UNCHANGED -> StatusClass.NONE;
        };
    }

    public static int fill(Palette palette, ChangeClass change) {
        return palette.fill(colourOf(change));
    }

    /** The legend label of a change class in the texts' language. */
    public static String label(Texts t, ChangeClass change) {
        return t.get("change." + change.name());
    }
}
