package org.chaord.atlas.data;

import org.chaord.atlas.model.PartialDate;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Finds the column that makes an indicator dataset a panel: a year or date column, by its name or its values. */
final class PanelDates {

    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
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
        if (!DATE.matcher(text).matches()) {
            return false;
        }
        try {
            int year = PartialDate.parse(text).year();
            return year >= RowParser.FIRST_YEAR && year <= RowParser.LAST_YEAR;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
