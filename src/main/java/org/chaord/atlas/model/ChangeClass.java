package org.chaord.atlas.model;

/**
 * How a state's status in a view moved between two dates: the classes of a change map. A state is in exactly one.
 * {@link #OTHER} covers moves that are neither towards being bound nor away (invited to accede, observer status).
 */
public enum ChangeClass {
    NEWLY_SIGNED, NEWLY_BOUND, ENTERED_INTO_FORCE, LEFT, OTHER, UNCHANGED;

    /** The legend order of a change map: the changes, then the unchanged. */
    public static final java.util.List<ChangeClass> LEGEND = java.util.List.of(values());

    /** How engaged a single-treaty class is; denounced ranks with no action (a denouncing state may rejoin). */
    private static int rank(StatusClass cls) {
        return switch (cls) {
            case PARTY -> 5;
            case RATIFIED -> 4;
            case SIGNED -> 3;
            case INVITED -> 2;
            case OBSERVER -> 1;
            default -> 0;
        };
    }

    /**
     * The change from one single-treaty class to another: moving into PARTY is entry into force, into RATIFIED a new
     * consent to be bound, into SIGNED a signature; a denunciation or any step down is leaving.
     */
    public static ChangeClass of(StatusClass from, StatusClass to) {
        if (from == to) {
            return UNCHANGED;
        }
        if (to == StatusClass.DENOUNCED || rank(to) < rank(from)) {
            return LEFT;
        }
        return switch (to) {
            case PARTY -> ENTERED_INTO_FORCE;
            case RATIFIED -> NEWLY_BOUND;
            case SIGNED -> NEWLY_SIGNED;
            default -> OTHER;
        };
    }

    /** Of two changes under different treaties, the one a reader should see: leaving first, then the strongest move. */
    ChangeClass strongest(ChangeClass other) {
        if (this == LEFT || other == LEFT) {
            return LEFT;
        }
        if (this == UNCHANGED || this == OTHER) {
            return other == UNCHANGED ? this : other;
        }
        if (other == UNCHANGED || other == OTHER) {
            return this;
        }
        return ordinal() > other.ordinal() ? this : other; // ENTERED_INTO_FORCE > NEWLY_BOUND > NEWLY_SIGNED
    }
}
