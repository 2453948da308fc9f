package org.chaord.atlas.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How new the data are against a day: past the as-of date nothing is known ("status as of <as-of>; later events are
 * not in the data"), and data whose as-of is more than {@link #STALE_AFTER_DAYS} days before today should be renewed.
 * An unknown as-of (null) is never reported: there is nothing true to say about it.
 */
public record DataFreshness(LocalDate asOf) {

    public static final int STALE_AFTER_DAYS = 60;

    /** True when {@code day} is after the as-of date: the map shows the status of the as-of date, not of that day. */
    public boolean isBeyondAsOf(LocalDate day) {
        return asOf != null && day.isAfter(asOf);
    }

    /** The day whose status the data can actually show for {@code day}: the as-of date once past it. */
    public LocalDate knownStatusDay(LocalDate day) {
        return isBeyondAsOf(day) ? asOf : day;
    }

    /** Whole days from the as-of date to {@code today}; 0 when unknown or in the future. */
    public long ageInDays(LocalDate today) {
        return asOf == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(asOf, today));
    }

    /** True when the as-of date is more than 60 days before today. */
    public boolean isStale(LocalDate today) {
        return ageInDays(today) > STALE_AFTER_DAYS;
    }
}
