package org.chaord.atlas.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A date with the precision its source gives: a day, a month or a year. We never invent the missing parts:
 * {@link #effectiveDate()} is the last day the event may have happened, the first day it is certain.
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    public PartialDate {
        if (month == 0 && day != 0) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (day != 0) {
            LocalDate.of(year, month, day); // validates
        } else if (month != 0) {
            YearMonth.of(year, month);
        }
    }

    /** Parses {@code 2016-12-05}, {@code 2016-12} or {@code 2016}. */
    public static PartialDate parse(String text) {
        String t = text.trim();
        try {
            if (t.matches("\\d{4}-\\d{2}(-\\d{2})?") && (t.endsWith("-00") || t.startsWith("-00", 4))) {
                throw new DateTimeException("month and day start at 01");
            }
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return new PartialDate(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(5, 7)),
                        Integer.parseInt(t.substring(8, 10)));
            }
            if (t.matches("\\d{4}-\\d{2}")) {
                return new PartialDate(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(5, 7)), 0);
            }
            if (t.matches("\\d{4}")) {
                return new PartialDate(Integer.parseInt(t), 0, 0);
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a real date: " + e.getMessage());
        }
        throw new IllegalArgumentException("'" + text + "' is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)");
    }

    public DatePrecision precision() {
        return day != 0 ? DatePrecision.DAY : month != 0 ? DatePrecision.MONTH : DatePrecision.YEAR;
    }

    /** The day by which the event is certain: the day itself, the month's last day, or 31 December. */
    public LocalDate effectiveDate() {
        return switch (precision()) {
            case DAY -> LocalDate.of(year, month, day);
            case MONTH -> YearMonth.of(year, month).atEndOfMonth();
            case YEAR -> LocalDate.of(year, 12, 31);
        };
    }

    /** The earliest day the event may have happened. */
    public LocalDate earliestDate() {
        return switch (precision()) {
            case DAY -> LocalDate.of(year, month, day);
            case MONTH -> LocalDate.of(year, month, 1);
            case YEAR -> LocalDate.of(year, 1, 1);
        };
    }

    @Override
    public int compareTo(PartialDate other) {
        return effectiveDate().compareTo(other.effectiveDate());
    }

    @Override
    public String toString() {
        return switch (precision()) {
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
            case MONTH -> String.format("%04d-%02d", year, month);
            case YEAR -> String.format("%04d", year);
        };
    }
}
