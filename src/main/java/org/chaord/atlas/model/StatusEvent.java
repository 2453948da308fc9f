package org.chaord.atlas.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of events.csv: a state's action on a treaty. {@code date} is null when the source gives no date; then
 * {@code knownBy} is the earliest day a source proves the event had happened, and {@code notBefore} (optional) the
 * day from which it may have happened: the event lies in [notBefore, knownBy].
 */
public record StatusEvent(String iso3, TreatyId treaty, EventType type, PartialDate date, LocalDate knownBy,
                          String source, String note, LocalDate notBefore) {

    public StatusEvent {
        Objects.requireNonNull(iso3);
        Objects.requireNonNull(treaty);
        Objects.requireNonNull(type);
        if (date == null && knownBy == null) {
            throw new IllegalArgumentException("an undated event needs known_by");
        }
        if (notBefore != null && (date != null || notBefore.isAfter(knownBy))) {
            throw new IllegalArgumentException("not_before belongs to an undated event and is not after known_by");
        }
    }

    /** An event without a lower bound (the form of every row before not_before existed). */
    public StatusEvent(String iso3, TreatyId treaty, EventType type, PartialDate date, LocalDate knownBy,
                       String source, String note) {
        this(iso3, treaty, type, date, knownBy, source, note, null);
    }

    /** The day from which the atlas shows the event: certain by then (see DESIGN.md "Status at a date"). */
    public LocalDate effectiveDate() {
        return date != null ? date.effectiveDate() : knownBy;
    }

    /** True when the source does not give the exact day. */
    public boolean isApproximate() {
        return date == null || date.precision() != DatePrecision.DAY;
    }

    /** True on the days the event may or may not have happened yet: from not_before up to the day before known_by. */
    public boolean isUncertainOn(LocalDate day) {
        return notBefore != null && !day.isBefore(notBefore) && day.isBefore(knownBy);
    }

    /** The same event as if it had happened on its earliest possible day (its not_before); itself when it has none. */
    StatusEvent atEarliest() {
        return notBefore == null ? this : new StatusEvent(iso3, treaty, type, null, notBefore, source, note, null);
    }
}
