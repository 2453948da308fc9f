package org.chaord.atlas.data;

import org.chaord.atlas.model.IndicatorDataset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads any CSV with an iso3 column as an indicator dataset named after its file. */
public final class IndicatorReader {

    private IndicatorReader() {
    }

    public static IndicatorDataset read(Path path, List<LoadProblem> problems) {
        CsvTable table = CsvTable.read(path, List.of("iso3"));
        problems.addAll(table.problems());
        String name = path.getFileName().toString().replaceFirst("\\.csv$", "").replace('_', ' ');
        List<String> columns = new ArrayList<>(table.header());
        Map<String, List<String>> rows = new HashMap<>();
        for (CsvRow row : table.rows()) {
            String iso3 = row.get("iso3");
            if (iso3.isEmpty()) {
                problems.add(row.problem("iso3", "'iso3' is empty"));
                continue;
            }
            List<String> values = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                values.add(i < row.values().length ? row.values()[i].trim() : "");
            }
            rows.put(iso3, values);
        }
        return new IndicatorDataset(name, columns, rows);
    }
}
