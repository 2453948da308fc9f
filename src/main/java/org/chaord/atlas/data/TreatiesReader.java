package org.chaord.atlas.data;

import org.chaord.atlas.model.Treaty;
import org.chaord.atlas.model.TreatyId;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Reads treaties.csv. */
final class TreatiesReader {

    static final List<String> COLUMNS = List.of("id", "short_name", "full_name", "depositary", "adopted",
            "opened_for_signature", "closes_for_signature", "instruments_for_entry_into_force",
            "entry_into_force_rule", "entered_into_force", "url");

    private TreatiesReader() {
    }

    static Map<TreatyId, Treaty> read(Path path, List<LoadProblem> problems) {
        CsvTable table = CsvTable.read(path, COLUMNS);
        problems.addAll(table.problems());
        Map<TreatyId, Treaty> treaties = new EnumMap<>(TreatyId.class);
        for (CsvRow row : table.rows()) {
            RowParser p = new RowParser(row);
            TreatyId id = p.parsed("id", true, TreatyId::parse);
            Treaty treaty = new Treaty(id, p.text("short_name", true), p.text("full_name", true),
                    p.text("depositary", false), p.day("adopted", false), p.day("opened_for_signature", false),
                    p.day("closes_for_signature", false), p.integer("instruments_for_entry_into_force", 0),
                    p.text("entry_into_force_rule", false), p.day("entered_into_force", false), p.text("url", false));
            if (id != null && treaties.containsKey(id)) {
                p.fail("id", "duplicate treaty " + id);
            }
            problems.addAll(p.problems());
            if (p.ok()) {
                treaties.put(id, treaty);
            }
        }
        return treaties;
    }
}
