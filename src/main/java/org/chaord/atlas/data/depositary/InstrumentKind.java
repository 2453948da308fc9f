package org.chaord.atlas.data.depositary;

import org.chaord.atlas.model.EventType;

/**
 * The kind of instrument a depositary records for a consent to be bound. The Council of Europe's charts put
 * ratification, acceptance and approval in one column without telling them apart: that is
 * {@link #RATIFICATION_ACCEPTANCE_OR_APPROVAL}, which agrees with any of the three in the data.
 */
public enum InstrumentKind {
    RATIFICATION(EventType.RATIFIED),
    ACCEPTANCE(EventType.ACCEPTED),
    APPROVAL(EventType.APPROVED),
    ACCESSION(EventType.ACCEDED),
    SUCCESSION(EventType.SUCCEEDED),
    RATIFICATION_ACCEPTANCE_OR_APPROVAL(EventType.RATIFIED);

    private final EventType eventType;

    InstrumentKind(EventType eventType) {
        this.eventType = eventType;
    }

    /** The events.csv event a new row gets for this instrument. */
    public EventType eventType() {
        return eventType;
    }

    /** True when a data row of {@code type} records this kind of instrument (no change of kind to report). */
    public boolean agreesWith(EventType type) {
        if (this == RATIFICATION_ACCEPTANCE_OR_APPROVAL) {
            return type == EventType.RATIFIED || type == EventType.ACCEPTED || type == EventType.APPROVED;
        }
        return type == eventType;
    }

    /** UN Treaty Collection suffixes after the date: none ratification, A, AA, a, d. Null when unknown. */
    static InstrumentKind fromUntcSuffix(String suffix) {
        return switch (suffix) {
            case "" -> RATIFICATION;
            case "A" -> ACCEPTANCE;
            case "AA" -> APPROVAL;
            case "a" -> ACCESSION;
            case "d" -> SUCCESSION;
            default -> null;
        };
    }

    /** Council of Europe chart markers after the date: none (ratification, acceptance or approval), a, su. */
    static InstrumentKind fromCoeMarker(String marker) {
        return switch (marker) {
            case "" -> RATIFICATION_ACCEPTANCE_OR_APPROVAL;
            case "a" -> ACCESSION;
            case "su" -> SUCCESSION;
            default -> null;
        };
    }
}
