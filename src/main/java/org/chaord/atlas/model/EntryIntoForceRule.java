package org.chaord.atlas.model;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** The two ways treaties here count the delay to entry into force from a deposit (treaties.csv eif_rule). */
public enum EntryIntoForceRule {
    /** In force on the deposit day plus {@code period} days (UNCC art. 65: the 90th day after; Malabo: 30 days). */
    DAYS_AFTER,
    /**
     * In force on "the first day of the month following the expiration of a period of {@code period} months after"
     * the deposit (Council of Europe): a deposit on 18 March with 3 months gives 1 July; one on 1 April, 1 August.
     */
    FIRST_OF_MONTH_AFTER_MONTHS;

    public LocalDate apply(LocalDate deposit, int period) {
        return this == DAYS_AFTER ? deposit.plusDays(period)
                : deposit.plusMonths(period).with(TemporalAdjusters.firstDayOfNextMonth());
    }

    public String csvName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EntryIntoForceRule parse(String text) {
        for (EntryIntoForceRule r : values()) {
            if (r.csvName().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown rule '" + text + "' (expected days_after or first_of_month_after_months)");
    }
}
