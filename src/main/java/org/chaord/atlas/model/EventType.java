package org.chaord.atlas.model;

import java.util.Locale;

/** What a state did with a treaty, as recorded in events.csv. */
public enum EventType {
    SIGNED, RATIFIED, ACCEDED, ACCEPTED, APPROVED, SUCCEEDED, ENTERED_INTO_FORCE, INVITED, OBSERVER, DENOUNCED;

    /** Ratification, accession, acceptance, approval and succession (UNTC suffix d) all express consent to be bound. */
    public boolean isConsentToBeBound() {
        return this == RATIFIED || this == ACCEDED || this == ACCEPTED || this == APPROVED || this == SUCCEEDED;
    }

    public String csvName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EventType parse(String text) {
        for (EventType type : values()) {
            if (type.csvName().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown event '" + text
                + "' (expected signed, ratified, acceded, accepted, approved, succeeded, entered_into_force, invited, observer or denounced)");
    }
}
