package org.chaord.atlas.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CSV file, rows keyed by the header. The file is read whole (within {@link ReadLimits}), decoded line by line
 * ({@link TextLines}: UTF-8 with or without a BOM, else Windows-1252 with a warning) and cut into records that
 * OpenCSV's RFC 4180 parser reads ({@link CsvRecords}). Damage costs the rows it is on, each reported with its line
 * and column; reading never stops early and never throws on bad input.
 */
public record CsvTable(String file, List<String> header, List<CsvRow> rows, List<LoadProblem> problems) {

    public static CsvTable read(Path path, List<String> requiredColumns) {
        String file = path.getFileName().toString();
        List<LoadProblem> problems = new ArrayList<>();
        List<CsvRow> rows = new ArrayList<>();
        TextLines text;
        try {
            text = TextLines.decode(SafeRead.bytes(path), file, problems);
        } catch (SafeRead.RefusedFile e) {
            problems.add(new LoadProblem(file, 0, 0, e.getMessage()));
            return new CsvTable(file, List.of(), rows, problems);
        }
        int headerLine = 0;
        while (headerLine < text.lines().size() && text.lines().get(headerLine).isBlank()) {
            headerLine++;
        }
        if (headerLine == text.lines().size()) {
            problems.add(new LoadProblem(file, 1, 0, "the file is empty: a header row is required"));
            return new CsvTable(file, List.of(), rows, problems);
        }
        CsvRecords records = new CsvRecords(file, problems);
        String[] head = records.parse(text.lines().get(headerLine));
        List<String> header = List.of(trimAll(head == null ? new String[0] : head));
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).toLowerCase(Locale.ROOT), i);
        }
        for (String required : requiredColumns) {
            if (!columns.containsKey(required)) {
                problems.add(new LoadProblem(file, headerLine + 1, 0, "missing required column '" + required + "'"));
            }
        }
        for (CsvRecords.Record r : records.read(text, headerLine + 1, header.size())) {
            rows.add(new CsvRow(file, r.line(), columns, r.values()));
        }
        return new CsvTable(file, header, rows, problems);
    }

    private static String[] trimAll(String[] values) {
        String[] out = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] == null ? "" : values[i].trim();
        }
        return out;
    }
}
