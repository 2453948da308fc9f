package org.chaord.atlas.data;

import org.chaord.atlas.model.PartialDate;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Finds the column that makes an indicator dataset a panel: a year or date column, by its name or its values. */
final class PanelDates {

    private static final Set<String> NAMES = Set.of("year", "date", "period", "as_of", "time", "day", "month");

    private PanelDates() {
    }

    /** The first column named like a date whose values are dates, else the first whose values all are; else -1. */
    static int dateColumn(List<String> columns, List<CsvRow> rows) {
        int byValues = -1;
        for (int c = 0; c < columns.size(); c++) {
            String name = columns.get(c).toLowerCase(Locale.ROOT);
            if (name.equals("iso3") || !mostlyDates(rows, c)) {
                continue;
            }
            if (NAMES.contains(name)) {
                return c;
            }
            if (byValues < 0 && allDates(rows, c)) {
                byValues = c;
            }
        }
        return byValues;
    }

    /** At least nine in ten rows have a date in the column (the rest are reported row by row). */
    private static boolean mostlyDates(List<CsvRow> rows, int column) {
        long allowed = rows.size() / 10;
        long misses = 0;
        for (CsvRow r : rows) {
            if (!isDate(value(r, column)) && ++misses > allowed) {
                return false;
            }
        }
        return misses < rows.size();
    }

    private static boolean allDates(List<CsvRow> rows, int column) {
        return rows.stream().allMatch(r -> isDate(value(r, column)));
    }

    private static String value(CsvRow row, int column) {
        return column < row.values().length ? row.values()[column].trim() : "";
    }

    static boolean isDate(String text) {
        return parse(text) != null;
    }

    /**
     * A year, month or day ({@code 2023}, {@code 2023-06}, {@code 2023-06-30}) within the loader's years, else null.
     * Parsed by hand: it runs once per row and column of datasets of hundreds of thousands of rows.
     */
    static PartialDate parse(String text) {
        int n = text.length();
        if (n != 4 && n != 7 && n != 10 || !digits(text, 0, 4) || n > 4 && (text.charAt(4) != '-' || !digits(text, 5, 7))
                || n > 7 && (text.charAt(7) != '-' || !digits(text, 8, 10))) {
            return null;
        }
        int year = Integer.parseInt(text, 0, 4, 10);
        int month = n > 4 ? Integer.parseInt(text, 5, 7, 10) : 0;
        int day = n > 7 ? Integer.parseInt(text, 8, 10, 10) : 0;
        if (year < RowParser.FIRST_YEAR || year > RowParser.LAST_YEAR || n > 4 && month == 0 || n > 7 && day == 0) {
            return null;
        }
        try {
            return new PartialDate(year, month, day);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
