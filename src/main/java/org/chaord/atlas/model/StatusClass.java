package org.chaord.atlas.model;

/**
 * A legend class. Single-treaty views use PARTY..NONE; the comparison view uses BOTH_BOUND..NEITHER.
 * NOT_IN_OWN_RIGHT is for territories and disputed areas, which never appear as states that "took no action".
 */
public enum StatusClass {
    PARTY, RATIFIED, SIGNED, INVITED, OBSERVER, DENOUNCED, NONE,
    BOTH_BOUND, BOTH_SIGNED, BUDAPEST_ONLY_BOUND, BUDAPEST_ONLY_SIGNED, UN_ONLY_BOUND, UN_ONLY_SIGNED, NEITHER,
    NOT_IN_OWN_RIGHT;

    /** Bound = consent to be bound expressed (in force or not yet). */
    public boolean isBound() {
        return this == PARTY || this == RATIFIED;
    }
}
