package org.chaord.atlas.data;

import org.chaord.atlas.model.IndicatorDataset;
import org.chaord.atlas.model.IndicatorRow;
import org.chaord.atlas.model.PartialDate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads any CSV with an iso3 column as an indicator dataset named after its file. When an iso3 repeats and a column
 * holds years or dates, the dataset is a panel (one row per country and date); without such a column the first row
 * of a country is kept and every repeat is reported — never silently overwritten.
 */
public final class IndicatorReader {

    private IndicatorReader() {
    }

    public static IndicatorDataset read(Path path, List<LoadProblem> problems) {
        CsvTable table = CsvTable.read(path, List.of("iso3"));
        problems.addAll(table.problems());
        String name = path.getFileName().toString().replaceFirst("\\.csv$", "").replace('_', ' ');
        List<String> columns = new ArrayList<>(table.header());
        List<CsvRow> rows = new ArrayList<>();
        Map<String, Integer> perCountry = new HashMap<>();
        for (CsvRow row : table.rows()) {
            String iso3 = row.get("iso3");
            if (iso3.isEmpty()) {
                problems.add(row.problem("iso3", "'iso3' is empty"));
                continue;
            }
            rows.add(row);
            perCountry.merge(iso3, 1, Integer::sum);
        }
        boolean repeats = perCountry.values().stream().anyMatch(n -> n > 1);
        int dateColumn = repeats ? PanelDates.dateColumn(columns, rows) : -1;
        if (dateColumn >= 0) {
            return panel(name, columns, rows, dateColumn, problems);
        }
        Map<String, List<String>> byIso3 = new LinkedHashMap<>();
        Map<String, Long> firstLine = new HashMap<>();
        for (CsvRow row : rows) {
            String iso3 = row.get("iso3");
            if (firstLine.containsKey(iso3)) {
                problems.add(row.problem("iso3", "iso3 " + iso3 + " repeats (first on line " + firstLine.get(iso3)
                        + ") and no column holds a year or date to tell the rows apart: this row is ignored"));
                continue;
            }
            firstLine.put(iso3, row.line());
            byIso3.put(iso3, values(row, columns.size()));
        }
        return new IndicatorDataset(name, columns, byIso3);
    }

    private static IndicatorDataset panel(String name, List<String> columns, List<CsvRow> rows, int dateColumn,
                                          List<LoadProblem> problems) {
        String dateName = columns.get(dateColumn).toLowerCase(java.util.Locale.ROOT);
        Map<String, List<IndicatorRow>> panel = new LinkedHashMap<>();
        Map<String, Long> seen = new HashMap<>();
        for (CsvRow row : rows) {
            PartialDate date = PanelDates.parse(row.get(dateName));
            if (date == null) {
                RowParser p = new RowParser(row);
                p.partialDate(dateName, true);
                problems.addAll(p.ok() ? List.of(row.problem(dateName, "'" + row.get(dateName)
                        + "' is not a year or date")) : p.problems());
                continue;
            }
            String iso3 = row.get("iso3");
            String key = iso3 + "/" + (date.year() * 10_000 + date.month() * 100 + date.day());
            Long first = seen.putIfAbsent(key, row.line());
            if (first != null) {
                problems.add(row.problem(dateName, "duplicate row for " + iso3 + " on " + date + " (first on line "
                        + first + ")"));
                continue;
            }
            panel.computeIfAbsent(iso3, k -> new ArrayList<>()).add(new IndicatorRow(date, values(row, columns.size())));
        }
        return IndicatorDataset.panel(name, columns, dateColumn, panel);
    }

    private static List<String> values(CsvRow row, int width) {
        List<String> values = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            values.add(i < row.values().length ? row.values()[i].trim() : "");
        }
        return values;
    }
}
