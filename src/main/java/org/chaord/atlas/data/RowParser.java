package org.chaord.atlas.data;

import org.chaord.atlas.model.PartialDate;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads typed fields from one row, collecting a problem (with line and column) for each bad one. */
final class RowParser {

    /** Dates outside these years are typing errors here (and would overflow the timeline's arithmetic). */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;

    private final CsvRow row;
    private final List<LoadProblem> problems = new ArrayList<>();

    RowParser(CsvRow row) {
        this.row = row;
    }

    List<LoadProblem> problems() {
        return problems;
    }

    boolean ok() {
        return problems.isEmpty();
    }

    void fail(String column, String message) {
        problems.add(row.problem(column, message));
    }

    String text(String column, boolean required) {
        String value = row.get(column);
        if (required && value.isEmpty()) {
            fail(column, "'" + column + "' is empty");
        }
        return value;
    }

    <T> T parsed(String column, boolean required, Function<String, T> parser) {
        String value = text(column, required);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            fail(column, e.getMessage());
            return null;
        }
    }

    LocalDate day(String column, boolean required) {
        return parsed(column, required, v -> {
            try {
                return inRange(v, LocalDate.parse(v).getYear(), LocalDate.parse(v));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + v + "' is not a date (expected YYYY-MM-DD)");
            }
        });
    }

    PartialDate partialDate(String column, boolean required) {
        return parsed(column, required, v -> {
            PartialDate d = PartialDate.parse(v);
            return inRange(v, d.year(), d);
        });
    }

    private static <T> T inRange(String text, int year, T date) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("'" + text + "' is outside the years " + FIRST_YEAR + "–" + LAST_YEAR);
        }
        return date;
    }

    boolean bool(String column) {
        Boolean b = parsed(column, false, v -> switch (v.toLowerCase()) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new IllegalArgumentException("'" + v + "' is not true or false");
        });
        return b != null && b;
    }

    int integer(String column, int fallback) {
        Integer i = parsed(column, false, v -> {
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + v + "' is not a whole number");
            }
        });
        return i == null ? fallback : i;
    }
}
