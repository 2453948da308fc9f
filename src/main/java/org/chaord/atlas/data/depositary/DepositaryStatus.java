package org.chaord.atlas.data.depositary;

import java.time.LocalDate;
import java.util.List;

/**
 * A depositary's status file as read: its file name, what it says it is ({@code title}: the treaty's title or the
 * chart's heading; {@code heading}: all the text before the table), its "status as of" day (null when the file gives none), whether it has an entry-into-force column,
 * and its participants in the file's order.
 */
public record DepositaryStatus(String file, String format, String title, String heading, LocalDate statusAsOf,
                               boolean hasEntryIntoForce, List<DepositaryEntry> entries) {

    public DepositaryStatus {
        entries = List.copyOf(entries);
    }

    /** The source a new or changed events.csv row cites when the user gives no URL: the file and its as-of date. */
    public String sourceLabel() {
        return statusAsOf == null ? file : file + ", status as of " + statusAsOf;
    }
}
