package org.chaord.atlas.model;

import java.util.List;

/** What the map shades: one treaty, or the comparison of the UN and Budapest conventions. */
public enum View {
    UNCC(TreatyId.UNCC, List.of(StatusClass.PARTY, StatusClass.RATIFIED, StatusClass.SIGNED, StatusClass.NONE)),
    ETS185(TreatyId.ETS185, coeClasses()),
    ETS189(TreatyId.ETS189, coeClasses()),
    CETS224(TreatyId.CETS224, coeClasses()),
    COMPARISON(null, List.of(StatusClass.BOTH_BOUND, StatusClass.BOTH_SIGNED, StatusClass.BUDAPEST_ONLY_BOUND,
            StatusClass.BUDAPEST_ONLY_SIGNED, StatusClass.UN_ONLY_BOUND, StatusClass.UN_ONLY_SIGNED,
            StatusClass.NEITHER));

    private final TreatyId treaty;
    private final List<StatusClass> classes;

    View(TreatyId treaty, List<StatusClass> classes) {
        this.treaty = treaty;
        this.classes = classes;
    }

    private static List<StatusClass> coeClasses() {
        return List.of(StatusClass.PARTY, StatusClass.RATIFIED, StatusClass.SIGNED, StatusClass.INVITED,
                StatusClass.OBSERVER, StatusClass.DENOUNCED, StatusClass.NONE);
    }

    /** The treaty of a single-treaty view; null for the comparison. */
    public TreatyId treaty() {
        return treaty;
    }

    /** The legend classes of this view, most engaged first (territories excluded). */
    public List<StatusClass> classes() {
        return classes;
    }

    /** The single-treaty view of {@code treaty}. */
    public static View of(TreatyId treaty) {
        for (View view : values()) {
            if (view.treaty == treaty) {
                return view;
            }
        }
        throw new IllegalArgumentException("no view for treaty " + treaty);
    }

    public static View parse(String text) {
        for (View view : values()) {
            if (view.name().equalsIgnoreCase(text.trim())) {
                return view;
            }
        }
        throw new IllegalArgumentException("unknown view '" + text + "' (expected UNCC, ETS185, ETS189, CETS224 or COMPARISON)"
                );
    }
}
