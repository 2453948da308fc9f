package org.chaord.atlas.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small, valid data folder and map written into a temporary directory; tests break one file at a time. */
final class DataFolder {

    static final String TREATIES = """
            id,short_name,full_name,depositary,adopted,opened_for_signature,closes_for_signature,instruments_for_entry_into_force,entry_into_force_rule,entered_into_force,url,eif_instruments,eif_rule,eif_period,later_rule,later_period,organisations_count,parent,family
            UNCC,UN Convention against Cybercrime,United Nations Convention against Cybercrime,UN Secretary-General,2024-12-24,2025-10-25,2026-12-31,40,90th day after the 40th instrument,,https://treaties.un.org/,40,days_after,90,days_after,30,false,,un
            ETS185,Budapest Convention,Convention on Cybercrime,Council of Europe,2001-11-08,2001-11-23,,5,first day of the month after three months,2004-07-01,https://www.coe.int/,5,first_of_month_after_months,3,first_of_month_after_months,3,false,,coe
            """;

    static final String COUNTRIES = """
            iso3,iso_numeric,name,kind,sovereign_iso3,un_member,region,subregion
            FRA,250,France,state,,true,Europe,Western Europe
            VNM,704,Viet Nam,state,,true,Asia,South-eastern Asia
            EUE,,European Union,organisation,,false,Europe,
            GUF,254,French Guiana,territory,FRA,false,Americas,South America
            """;

    /** Header on line 1, six valid rows on lines 2-7. */
    static final String EVENTS = """
            iso3,treaty,event,date,known_by,source,note
            FRA,ETS185,signed,2001-11-23,,CoE Treaty Office,
            FRA,ETS185,ratified,2006-01-10,,CoE Treaty Office,
            FRA,ETS185,entered_into_force,2006-05-01,,CoE Treaty Office,
            VNM,UNCC,signed,2025-10-25,,UNTC XVIII-16,
            EUE,UNCC,signed,2025-10,,UNTC XVIII-16,month only
            FRA,UNCC,signed,,2025-11-01,UNTC XVIII-16,"day not given; as of"
            """;
    static final int VALID_EVENTS = 6;

    static final String GROUPS = """
            group,iso3,joined,left,source
            EU,FRA,1958-01-01,,europa.eu
            CoE,FRA,1949-05-05,,coe.int
            """;

    static final String README = """
            # Bundled data

            Data as of: 2026-11-28

            Sources: CoE Treaty Office, UN Treaty Collection.
            """;

    static final String MAP = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "properties": {"iso3": "FRA", "name": "France"},
               "geometry": {"type": "Polygon", "coordinates": [[[2, 46], [3, 46], [3, 47], [2, 47], [2, 46]]]}},
              {"type": "Feature", "properties": {"iso3": "VNM", "name": "Viet Nam"},
               "geometry": {"type": "Polygon", "coordinates": [[[105, 15], [106, 15], [106, 16], [105, 16], [105, 15]]]}}
            ]}
            """;

    final Path dir;
    final Path map;

    DataFolder(Path root) throws IOException {
        dir = Files.createDirectories(root.resolve("data"));
        map = root.resolve("countries.geojson");
        write("treaties.csv", TREATIES);
        write("countries.csv", COUNTRIES);
        write("events.csv", EVENTS);
        write("groups.csv", GROUPS);
        write("README.md", README);
        Files.writeString(map, MAP, StandardCharsets.UTF_8);
    }

    DataFolder write(String file, String text) throws IOException {
        Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
        return this;
    }

    /** events.csv with one more row inserted as line 4 (between the valid rows). */
    DataFolder eventsWithRowAtLine4(String row) throws IOException {
        String[] lines = EVENTS.split("\n");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i == 3) {
                sb.append(row).append('\n');
            }
            sb.append(lines[i]).append('\n');
        }
        return write("events.csv", sb.toString());
    }

    LoadResult load() {
        return AtlasLoader.load(dir, map);
    }
}
