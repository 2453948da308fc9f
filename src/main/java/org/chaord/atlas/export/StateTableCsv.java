package org.chaord.atlas.export;

import org.chaord.atlas.model.StateTableRow;
import org.chaord.atlas.model.StatusClass;
import org.chaord.atlas.model.TreatyId;
import org.chaord.atlas.model.TreatyStatus;
import org.chaord.atlas.model.View;
import org.chaord.atlas.i18n.Texts;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * "Export table as CSV": the rows of the table of every state as shown (names, status words in the table's
 * language), UTF-8 with a byte order mark, RFC 4180, formula-safe ({@link SpreadsheetSafeCsv}), written atomically.
 * Column names stay machine-readable; dates keep their source's precision (2016-12, 2016) and carry an
 * {@code approximate} and a {@code computed} column.
 */
public final class StateTableCsv {

    private StateTableCsv() {
    }

    public static List<String> header(List<TreatyId> treaties) {
        List<String> h = new ArrayList<>(List.of("iso3", "name", "region", "groups"));
        for (TreatyId t : treaties) {
            String p = t.name() + "_";
            h.addAll(List.of(p + "status", p + "date", p + "approximate", p + "computed", p + "source"));
        }
        return h;
    }

    public static List<String> cells(StateTableRow row, List<TreatyId> treaties, Texts texts) {
        List<String> c = new ArrayList<>(List.of(row.iso3(), texts.countryName(row.iso3(), row.name()), row.region(),
                String.join("; ", row.groups().stream().map(texts::groupName).toList())));
        for (TreatyId t : treaties) {
            TreatyStatus s = row.status(t);
            c.add(texts.className(View.of(t), s.statusClass()));
            c.add(row.dateAsGiven(t));
            c.add(s.since() == null ? "" : Boolean.toString(s.approximate()));
            c.add(s.since() == null ? "" : Boolean.toString(s.computed()));
            c.add(s.event() == null || s.event().source() == null ? "" : s.event().source());
        }
        return c;
    }

    /** Writes the rows to a writer: BOM, header, one record per row. */
    public static void write(List<StateTableRow> rows, List<TreatyId> treaties, Texts texts, Writer out)
            throws IOException {
        out.write(SpreadsheetSafeCsv.BOM);
        SpreadsheetSafeCsv.writeRow(out, header(treaties));
        for (StateTableRow row : rows) {
            SpreadsheetSafeCsv.writeRow(out, cells(row, treaties, texts));
        }
        out.flush();
    }

    /**
     * Writes the rows as the table of a pair or framework view shows them, atomically: after the groups a column
     * {@code <VIEW>_class} with the class the map gives each row in that view (words in the table's language), then
     * the treaties' columns. Returns the absolute file.
     */
    public static Path write(List<StateTableRow> rows, View view, Function<String, StatusClass> classOf,
                             List<TreatyId> treaties, Texts texts, Path file) throws IOException {
        return AtomicWrite.write(file, os -> {
            Writer out = new OutputStreamWriter(os, StandardCharsets.UTF_8);
            out.write(SpreadsheetSafeCsv.BOM);
            List<String> header = header(treaties);
            header.add(4, view.name() + "_class");
            SpreadsheetSafeCsv.writeRow(out, header);
            for (StateTableRow row : rows) {
                List<String> cells = cells(row, treaties, texts);
                cells.add(4, texts.className(view, classOf.apply(row.iso3())));
                SpreadsheetSafeCsv.writeRow(out, cells);
            }
            out.flush();
        });
    }

    /** Writes the rows to a file atomically; returns the absolute file. */
    public static Path write(List<StateTableRow> rows, List<TreatyId> treaties, Texts texts, Path file)
            throws IOException {
        return AtomicWrite.write(file, os -> write(rows, treaties, texts, new OutputStreamWriter(os, StandardCharsets.UTF_8)));
    }
}
