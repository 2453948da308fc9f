package org.chaord.atlas.export;

import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.StateChange;
import org.chaord.atlas.model.StatusChanges;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The rows of {@code changes --format csv} — {@code iso3,name,from_class,to_class,date,source}, one per state or
 * organisation whose class differs — built once here for the command and for the app's "All changes" list (Copy,
 * Export CSV…), so the two cannot drift apart. The file is the spreadsheet dialect of {@link SpreadsheetSafeCsv}
 * (BOM, CRLF, formula-leading cells neutralised), written atomically.
 */
public final class ChangesCsv {

    public static final List<String> HEADER = List.of("iso3", "name", "from_class", "to_class", "date", "source");

    private ChangesCsv() {
    }

    /** One row per change, as data (machine-readable class names, ISO dates, the decisive source), not yet neutralised. */
    public static List<List<String>> rows(Atlas atlas, StatusChanges changes) {
        return changes.changes().stream().map(c -> row(atlas, c)).toList();
    }

    private static List<String> row(Atlas atlas, StateChange c) {
        return List.of(c.iso3(), atlas.countries().get(c.iso3()).name(), c.fromClass().name(), c.toClass().name(),
                c.date() == null ? "" : c.date().toString(), c.source());
    }

    /** Writes header and rows: BOM, one RFC 4180 record per row. */
    public static void write(List<List<String>> rows, Writer out) throws IOException {
        out.write(SpreadsheetSafeCsv.BOM);
        SpreadsheetSafeCsv.writeRow(out, HEADER);
        for (List<String> row : rows) {
            SpreadsheetSafeCsv.writeRow(out, row);
        }
        out.flush();
    }

    /** Writes the rows to a file atomically; returns the absolute file. */
    public static Path write(List<List<String>> rows, Path file) throws IOException {
        return AtomicWrite.write(file, os -> write(rows, new OutputStreamWriter(os, StandardCharsets.UTF_8)));
    }

    /** The rows as tab-separated lines with the header (what a spreadsheet splits into columns on paste). */
    public static String tabSeparated(List<List<String>> rows) {
        StringBuilder text = new StringBuilder(String.join("\t", HEADER)).append('\n');
        for (List<String> row : rows) {
            text.append(String.join("\t", row.stream()
                    .map(cell -> SpreadsheetSafeCsv.neutralise(cell).replaceAll("[\\t\\r\\n]+", " ")).toList()))
                    .append('\n');
        }
        return text.toString();
    }
}
