package org.chaord.atlas.model;

import java.util.List;

/**
 * A legend class. Single-treaty views use PARTY..NONE; a pair view (first × second treaty) BOTH_BOUND..NEITHER; the
 * "which framework binds whom" view FRAMEWORK_*, by the kinds of framework a state is bound by (UN, Budapest, a
 * regional treaty). NOT_IN_OWN_RIGHT is for territories and disputed areas, which never "took no action".
 */
public enum StatusClass {
    PARTY, RATIFIED, SIGNED, INVITED, OBSERVER, DENOUNCED, NONE,
    BOTH_BOUND, BOTH_SIGNED, SECOND_ONLY_BOUND, SECOND_ONLY_SIGNED, FIRST_ONLY_BOUND, FIRST_ONLY_SIGNED, NEITHER,
    FRAMEWORK_UN, FRAMEWORK_UN_BUDAPEST, FRAMEWORK_BUDAPEST, FRAMEWORK_BUDAPEST_REGIONAL, FRAMEWORK_REGIONAL,
    FRAMEWORK_UN_REGIONAL, FRAMEWORK_ALL, FRAMEWORK_NONE,
    NOT_IN_OWN_RIGHT;

    /** The legend of a pair view, most engaged first. */
    public static final List<StatusClass> PAIR = List.of(BOTH_BOUND, BOTH_SIGNED, SECOND_ONLY_BOUND,
            SECOND_ONLY_SIGNED, FIRST_ONLY_BOUND, FIRST_ONLY_SIGNED, NEITHER);

    /** The legend of the framework view: each kind alone and each combination, then none. */
    public static final List<StatusClass> FRAMEWORKS = List.of(FRAMEWORK_UN, FRAMEWORK_UN_BUDAPEST,
            FRAMEWORK_BUDAPEST, FRAMEWORK_BUDAPEST_REGIONAL, FRAMEWORK_REGIONAL, FRAMEWORK_UN_REGIONAL, FRAMEWORK_ALL,
            FRAMEWORK_NONE);

    /** Bound = consent to be bound expressed (in force or not yet). */
    public boolean isBound() {
        return this == PARTY || this == RATIFIED;
    }

    /** The framework class of a state bound by (some treaty of) these kinds. */
    public static StatusClass framework(boolean un, boolean budapest, boolean regional) {
        if (un) {
            return budapest ? (regional ? FRAMEWORK_ALL : FRAMEWORK_UN_BUDAPEST)
                    : regional ? FRAMEWORK_UN_REGIONAL : FRAMEWORK_UN;
        }
        if (budapest) {
            return regional ? FRAMEWORK_BUDAPEST_REGIONAL : FRAMEWORK_BUDAPEST;
        }
        return regional ? FRAMEWORK_REGIONAL : FRAMEWORK_NONE;
    }
}
