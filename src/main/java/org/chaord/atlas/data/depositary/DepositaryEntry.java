package org.chaord.atlas.data.depositary;

import java.time.LocalDate;

/**
 * One participant's row in a depositary's status table: its name as written (footnote markers removed), and the
 * days of signature, of its instrument (with the kind) and, where the table has the column, of entry into force.
 * Any of the days may be null. {@code where} says where the row is ("12" for a line, "Row 7" for an XML element) for messages.
 */
public record DepositaryEntry(String participant, LocalDate signed, LocalDate consent, InstrumentKind kind,
                              LocalDate inForce, String where) {

    public DepositaryEntry {
        if (consent != null && kind == null) {
            throw new IllegalArgumentException("an instrument needs its kind");
        }
    }
}
