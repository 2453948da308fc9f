package org.chaord.atlas.data.depositary;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as depositaries write them ("25 Oct 2025", "23/11/2001", "16-11-2025"), with what follows the date. */
final class StatusDates {

    /** A day and the marker written after it ("", "a", "AA", "d", "su"). */
    record Dated(LocalDate day, String suffix) {
    }

    private static final Pattern WORDS = Pattern.compile("(\\d{1,2})\\s+([A-Za-z]{3,9})\\.?\\s+(\\d{4})(.*)");
    private static final Pattern NUMBERS = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(.*)");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));

    private StatusDates() {
    }

    /** Reads a cell; null when it is empty. Throws with a readable message when it is not a date. */
    static Dated parse(String cell) {
        String text = ParticipantNames.spaces(cell);
        if (text.isEmpty()) {
            return null;
        }
        try {
            Matcher words = WORDS.matcher(text);
            if (words.matches()) {
                Integer month = MONTHS.get(words.group(2).substring(0, 3).toLowerCase(Locale.ROOT));
                if (month != null) {
                    return new Dated(LocalDate.of(Integer.parseInt(words.group(3)), month,
                            Integer.parseInt(words.group(1))), suffix(words.group(4)));
                }
            }
            Matcher numbers = NUMBERS.matcher(text);
            if (numbers.matches()) {
                return new Dated(LocalDate.of(Integer.parseInt(numbers.group(3)), Integer.parseInt(numbers.group(2)),
                        Integer.parseInt(numbers.group(1))), suffix(numbers.group(4)));
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a real date");
        }
        throw new IllegalArgumentException("'" + text + "' is not a date (expected e.g. 25 Oct 2025 or 25/10/2025)");
    }

    /**
     * The marker after a date without its brackets, dots or a footnote number a browser copy glued to it:
     * " a" → "a", " (AA)" → "AA", " AA4" → "AA", "2" → "".
     */
    private static String suffix(String rest) {
        return rest.replaceAll("[\\s().]", "").replaceAll("[\\d,]+$", "");
    }

    /** The first "Status as of/at" day in a text (a page's heading), or null. */
    static LocalDate statusAsOf(String text) {
        Matcher m = Pattern.compile("(?i)(?:status\\s+as\\s+(?:of|at)|situation\\s+au|[ée]tat\\s+au)\\s*:?\\s*(\\d{1,2}(?:[/.-]\\d{1,2}[/.-]|\\s+[A-Za-z]{3,9}\\.?\\s+)\\d{4})")
                .matcher(text);
        if (!m.find()) {
            return null;
        }
        try {
            Dated d = parse(m.group(1));
            return d == null ? null : d.day();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
