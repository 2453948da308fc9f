package org.chaord.atlas.data.depositary;

import org.chaord.atlas.data.AtlasLoader;
import org.chaord.atlas.data.CsvRow;
import org.chaord.atlas.data.CsvTable;
import org.chaord.atlas.data.LoadProblem;
import org.chaord.atlas.model.Country;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;

/**
 * Participant names → ISO3, from three sources in order of trust: the alias table {@code participant-aliases.csv}
 * (UN, Council of Europe, French, former names), the names in countries.csv, and the JDK's CLDR names in English and
 * French. Names are compared by {@link ParticipantNames#key}. A name two sources of the same rank give to two
 * countries is ambiguous and matches nothing: an unmatched name is reported, never guessed.
 */
public final class ParticipantAliases {

    static final List<String> COLUMNS = List.of("name", "iso3");
    private final Map<String, String> iso3ByKey;

    private ParticipantAliases(Map<String, String> iso3ByKey) {
        this.iso3ByKey = Map.copyOf(iso3ByKey);
    }

    /** Reads the data folder's alias table (if any) against its countries; bad rows are reported and skipped. */
    public static ParticipantAliases load(Path dataDir, Map<String, Country> countries, List<LoadProblem> problems) {
        Map<String, String> table = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        Path file = dataDir.resolve(AtlasLoader.PARTICIPANT_ALIASES);
        if (Files.exists(file)) {
            CsvTable csv = CsvTable.read(file, COLUMNS);
            problems.addAll(csv.problems());
            for (CsvRow row : csv.rows()) {
                String name = row.get("name");
                String iso3 = row.get("iso3");
                if (name.isEmpty() || iso3.isEmpty()) {
                    problems.add(row.problem(name.isEmpty() ? "name" : "iso3", "'" + (name.isEmpty() ? "name" : "iso3")
                            + "' is empty"));
                } else if (!countries.containsKey(iso3)) {
                    problems.add(row.problem("iso3", "unknown country code '" + iso3 + "' (not in countries.csv)"));
                } else {
                    String previous = table.putIfAbsent(ParticipantNames.key(name), iso3);
                    if (previous != null && !previous.equals(iso3)) {
                        problems.add(row.problem("name", "'" + name + "' is already given to " + previous
                                + "; an ambiguous name matches nothing"));
                        ambiguous.add(ParticipantNames.key(name));
                    }
                }
            }
        }
        // Each rank overrides the one below it: CLDR < countries.csv < the alias table.
        Map<String, String> byKey = new HashMap<>(cldrNames(countries));
        byKey.putAll(countryNames(countries));
        ambiguous.forEach(table::remove);
        byKey.putAll(table);
        ambiguous.forEach(byKey::remove);
        return new ParticipantAliases(byKey);
    }

    /** The ISO3 code of a participant's name, or empty when no source knows the name (or it is ambiguous). */
    public Optional<String> iso3(String participant) {
        return Optional.ofNullable(iso3ByKey.get(ParticipantNames.key(participant)));
    }

    private static Map<String, String> countryNames(Map<String, Country> countries) {
        Map<String, String> names = new HashMap<>();
        Set<String> clash = new HashSet<>();
        countries.values().forEach(c -> put(names, clash, c.name(), c.iso3()));
        clash.forEach(names::remove);
        return names;
    }

    /** CLDR's country names in English and French for the countries of the data (a second opinion on spellings). */
    private static Map<String, String> cldrNames(Map<String, Country> countries) {
        Map<String, String> names = new HashMap<>();
        Set<String> clash = new HashSet<>();
        for (String alpha2 : Locale.getISOCountries()) {
            Locale region = new Locale("", alpha2);
            String iso3;
            try {
                iso3 = region.getISO3Country();
            } catch (MissingResourceException e) {
                continue;
            }
            if (countries.containsKey(iso3)) {
                put(names, clash, region.getDisplayCountry(Locale.ENGLISH), iso3);
                put(names, clash, region.getDisplayCountry(Locale.FRENCH), iso3);
            }
        }
        clash.forEach(names::remove);
        return names;
    }

    private static void put(Map<String, String> names, Set<String> clash, String name, String iso3) {
        String previous = names.putIfAbsent(ParticipantNames.key(name), iso3);
        if (previous != null && !previous.equals(iso3)) {
            clash.add(ParticipantNames.key(name));
        }
    }
}
