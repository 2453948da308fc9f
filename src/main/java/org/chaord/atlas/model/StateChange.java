package org.chaord.atlas.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One state's (or organisation's) change in a view between two dates: its legend class at each, the change class,
 * the status that decides the To class (its day, source row, approximate or computed), and every event of the view's
 * treaties that took effect in between, oldest first.
 */
public record StateChange(String iso3, StatusClass fromClass, StatusClass toClass, ChangeClass change,
                          TreatyStatus decisive, List<StatusEvent> events) {

    public StateChange {
        events = List.copyOf(events);
    }

    /** The day of the decisive status (an entry into force may be computed by the treaty rule); null if none. */
    public LocalDate date() {
        return decisive.since();
    }

    /** The source of the decisive row; empty when the status rests on no row (e.g. back to no action). */
    public String source() {
        StatusEvent e = decisive.event();
        return e == null || e.source() == null ? "" : e.source();
    }
}
