package org.chaord.atlas.data;

import org.chaord.atlas.model.Country;
import org.chaord.atlas.model.CountryKind;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads countries.csv: one row per map feature and per party without a shape. */
final class CountriesReader {

    static final List<String> COLUMNS = List.of("iso3", "iso_numeric", "name", "kind", "sovereign_iso3",
            "un_member", "region", "subregion");

    private CountriesReader() {
    }

    static Map<String, Country> read(Path path, List<LoadProblem> problems) {
        CsvTable table = CsvTable.read(path, COLUMNS);
        problems.addAll(table.problems());
        Map<String, Country> countries = new LinkedHashMap<>();
        for (CsvRow row : table.rows()) {
            RowParser p = new RowParser(row);
            String iso3 = p.text("iso3", true);
            if (!iso3.isEmpty() && !iso3.matches("[A-Z]{3}")) {
                p.fail("iso3", "'" + iso3 + "' is not a three-letter upper-case code");
            } else if (countries.containsKey(iso3)) {
                p.fail("iso3", "duplicate country " + iso3);
            }
            Country country = new Country(iso3, p.text("iso_numeric", false), p.text("name", true),
                    p.parsed("kind", true, CountryKind::parse), p.text("sovereign_iso3", false),
                    p.bool("un_member"), p.text("region", false), p.text("subregion", false));
            problems.addAll(p.problems());
            if (p.ok()) {
                countries.put(iso3, country);
            }
        }
        return countries;
    }
}
