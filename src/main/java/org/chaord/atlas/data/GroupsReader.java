package org.chaord.atlas.data;

import org.chaord.atlas.model.Country;
import org.chaord.atlas.model.GroupMembership;
import org.chaord.atlas.model.PartialDate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads groups.csv: memberships of the EU, Council of Europe, G20, BRICS and so on. */
final class GroupsReader {

    static final List<String> COLUMNS = List.of("group", "iso3", "joined", "left", "source");

    private GroupsReader() {
    }

    static List<GroupMembership> read(Path path, Map<String, Country> countries, List<LoadProblem> problems) {
        CsvTable table = CsvTable.read(path, COLUMNS);
        problems.addAll(table.problems());
        List<GroupMembership> groups = new ArrayList<>();
        for (CsvRow row : table.rows()) {
            RowParser p = new RowParser(row);
            String group = p.text("group", true);
            String iso3 = p.text("iso3", true);
            if (!iso3.isEmpty() && !countries.containsKey(iso3)) {
                p.fail("iso3", "unknown country code '" + iso3 + "' (not in countries.csv)");
            }
            PartialDate joined = p.partialDate("joined", false);
            PartialDate left = p.partialDate("left", false);
            String source = p.text("source", true);
            problems.addAll(p.problems());
            if (p.ok()) {
                groups.add(new GroupMembership(group, iso3, joined, left, source));
            }
        }
        return groups;
    }
}
