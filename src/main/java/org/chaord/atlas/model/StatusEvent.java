package org.chaord.atlas.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of events.csv: a state's action on a treaty. {@code date} is null when the source gives no date; then
 * {@code knownBy} is the source's "as of", the day by which the event had certainly happened.
 */
public record StatusEvent(String iso3, TreatyId treaty, EventType type, PartialDate date, LocalDate knownBy,
                          String source, String note) {

    public StatusEvent {
        Objects.requireNonNull(iso3);
        Objects.requireNonNull(treaty);
        Objects.requireNonNull(type);
        if (date == null && knownBy == null) {
            throw new IllegalArgumentException("an undated event needs known_by");
        }
    }

    /** The day from which the atlas shows the event: certain by then (see DESIGN.md "Status at a date"). */
    public LocalDate effectiveDate() {
        return date != null ? date.effectiveDate() : knownBy;
    }

    /** True when the source does not give the exact day. */
    public boolean isApproximate() {
        return date == null || date.precision() != DatePrecision.DAY;
    }
}
