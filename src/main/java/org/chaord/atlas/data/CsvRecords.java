package org.chaord.atlas.data;

import com.opencsv.RFC4180Parser;
import com.opencsv.RFC4180ParserBuilder;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Cuts decoded lines into CSV records and hands each whole record to OpenCSV's RFC 4180 parser once, so that reading
 * stays linear in the file's size and a stray quote costs only the line it is on (ADR 0009). A record ends at the
 * first line end where the number of quote characters since its start is even, which is RFC 4180's rule. A record
 * that spans lines is accepted only when it parses into exactly the header's number of fields and none of the lines
 * it would swallow could stand as a row by itself; otherwise its first line is reported and skipped, and reading
 * resumes on the next line.
 */
final class CsvRecords {

    /** One record: the line it starts on (1-based) and its fields. */
    record Record(long line, String[] values) {
    }

    private final RFC4180Parser parser = new RFC4180ParserBuilder().build();
    private final String file;
    private final List<LoadProblem> problems;
    private long charsParsed;

    CsvRecords(String file, List<LoadProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** How many characters were handed to the parser so far: at most about twice the text, whatever its damage. */
    long charsParsed() {
        return charsParsed;
    }

    String[] parse(String text) {
        charsParsed += text.length();
        try {
            return parser.parseLine(text);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** The records of lines {@code from}.. (0-based), each expected to have {@code width} fields. */
    List<Record> read(TextLines text, int from, int width) {
        List<String> lines = text.lines();
        BitSet damaged = text.damaged();
        int[] nextOdd = nextOddLine(lines);
        List<Record> records = new ArrayList<>();
        int i = from;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.isBlank()) {
                i++;
            } else if (quotes(line) % 2 == 0) {
                single(i, line, width, damaged.get(i), records);
                i++;
            } else {
                int end = nextOdd[i];
                if (end > 0 && !swallows(lines, i, end, width)) {
                    String[] values = parse(String.join("\n", lines.subList(i, end + 1)));
                    if (values != null && values.length == width) {
                        if (damaged.get(i, end + 1).isEmpty()) {
                            records.add(new Record(i + 1, values));
                        }
                        i = end + 1;
                        continue;
                    }
                }
                problems.add(new LoadProblem(file, i + 1, firstOddQuote(line), "unbalanced quote: the quoted field "
                        + "opened here does not close into a row of " + width + " fields; this line is skipped and "
                        + "reading resumes on the next line"));
                i++;
            }
        }
        return records;
    }

    private void single(int index, String line, int width, boolean damaged, List<Record> records) {
        String[] values = parse(line);
        if (damaged || values == null) {
            return;
        }
        if (values.length > width) {
            problems.add(new LoadProblem(file, index + 1, 0, values.length + " fields where the header has " + width
                    + " (an unquoted comma or a stray quote?); this line is skipped"));
        } else if (values.length < width && line.indexOf('"') >= 0 && commas(line) + 1 >= width) {
            problems.add(new LoadProblem(file, index + 1, line.indexOf('"') + 1, "a quote swallows the separators "
                    + "after it: " + values.length + " fields where the header has " + width + "; this line is skipped"));
        } else {
            records.add(new Record(index + 1, values));
        }
    }

    /** Whether a line inside the would-be record could stand as a row by itself: then the quote is a stray. */
    private boolean swallows(List<String> lines, int start, int end, int width) {
        for (int k = start + 1; k < end; k++) {
            String inner = lines.get(k);
            if (commas(inner) + 1 >= width) {
                String[] alone = parse(inner);
                if (alone != null && alone.length == width) {
                    return true;
                }
            }
        }
        return false;
    }

    /** For each line, the next line after it with an odd number of quotes (where a record opened on it closes). */
    private static int[] nextOddLine(List<String> lines) {
        int[] next = new int[lines.size()];
        int upcoming = -1;
        for (int k = lines.size() - 1; k >= 0; k--) {
            next[k] = upcoming;
            if (quotes(lines.get(k)) % 2 != 0) {
                upcoming = k;
            }
        }
        return next;
    }

    static int quotes(String line) {
        int n = 0;
        for (int k = line.indexOf('"'); k >= 0; k = line.indexOf('"', k + 1)) {
            n++;
        }
        return n;
    }

    private static int commas(String line) {
        int n = 0;
        for (int k = line.indexOf(','); k >= 0; k = line.indexOf(',', k + 1)) {
            n++;
        }
        return n;
    }

    /** The 1-based column of the quote that is left open at the end of the line. */
    private static int firstOddQuote(String line) {
        int last = 0;
        int count = 0;
        for (int k = 0; k < line.length(); k++) {
            if (line.charAt(k) == '"') {
                count++;
                if (count % 2 == 1) {
                    last = k + 1;
                }
            }
        }
        return last;
    }
}
