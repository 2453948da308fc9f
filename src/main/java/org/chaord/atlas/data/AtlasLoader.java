package org.chaord.atlas.data;

import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.Country;
import org.chaord.atlas.model.IndicatorDataset;
import org.chaord.atlas.model.MembershipHistory;
import org.chaord.atlas.model.StatusEvent;
import org.chaord.atlas.model.Treaty;
import org.chaord.atlas.model.TreatyId;
import org.locationtech.jts.geom.Geometry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads a data folder (treaties, countries, events, groups, indicator datasets, README as-of) and a map file into an
 * {@link Atlas}. Bad rows are skipped and reported; loading itself never throws on bad input.
 */
public final class AtlasLoader {

    public static final String TREATIES = "treaties.csv";
    public static final String COUNTRIES = "countries.csv";
    public static final String EVENTS = "events.csv";
    public static final String GROUPS = "groups.csv";
    /** Depositary participant names → ISO3 (read by the import, not an indicator dataset although it has iso3). */
    public static final String PARTICIPANT_ALIASES = "participant-aliases.csv";
    private static final Set<String> CORE_FILES = Set.of(TREATIES, COUNTRIES, EVENTS, GROUPS, PARTICIPANT_ALIASES);
    private static final Pattern AS_OF = Pattern.compile("Data as of:\\s*\\**\\s*(\\d{4}-\\d{2}-\\d{2})");

    private AtlasLoader() {
    }

    /** Loads the data folder and the map; the map is skipped when {@code mapFile} is null. */
    public static LoadResult load(Path dataDir, Path mapFile) {
        return load(dataDir, mapFile, null);
    }

    /**
     * Loads the data folder and the map, the two in parallel; with a cache, the map is read from its binary copy
     * when that is current.
     */
    public static LoadResult load(Path dataDir, Path mapFile, MapCache cache) {
        List<LoadProblem> mapProblems = new ArrayList<>();
        java.util.concurrent.CompletableFuture<Map<String, Geometry>> map = mapFile == null
                ? java.util.concurrent.CompletableFuture.completedFuture(Map.of())
                : java.util.concurrent.CompletableFuture.supplyAsync(() -> readMap(mapFile, cache, mapProblems));
        List<LoadProblem> problems = new ArrayList<>();
        Atlas atlas = loadData(dataDir, problems);
        Map<String, Geometry> shapes = map.join();
        problems.addAll(mapProblems);
        for (String iso3 : atlas.countries().isEmpty() ? java.util.Set.<String>of() : shapes.keySet()) {
            // (without a countries.csv every feature would be reported: its one problem says enough)
            if (!atlas.countries().containsKey(iso3)) {
                problems.add(new LoadProblem(mapFile.getFileName().toString(), MapFeatureLines.lineOf(mapFile, iso3),
                        0, "map feature " + iso3 + " is not in countries.csv"));
            }
        }
        return new LoadResult(atlas, shapes, problems);
    }

    /** The map, from the cache when given; whatever goes wrong is a problem of the map file, never a throw. */
    private static Map<String, Geometry> readMap(Path mapFile, MapCache cache, List<LoadProblem> problems) {
        try {
            return cache == null ? MapReader.read(mapFile, problems) : cache.read(mapFile, problems);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            problems.add(new LoadProblem(mapFile.getFileName().toString(), 0, 0, "cannot read the map: " + e));
            return Map.of();
        }
    }

    static Atlas loadData(Path dataDir, List<LoadProblem> problems) {
        Map<TreatyId, Treaty> treaties = TreatiesReader.read(dataDir.resolve(TREATIES), problems);
        Map<String, Country> countries = CountriesReader.read(dataDir.resolve(COUNTRIES), problems);
        List<StatusEvent> events = EventsReader.read(dataDir.resolve(EVENTS), countries, treaties, problems);
        var groups = Files.exists(dataDir.resolve(GROUPS))
                ? GroupsReader.read(dataDir.resolve(GROUPS), countries, problems) : List.<org.chaord.atlas.model.GroupMembership>of();
        List<IndicatorDataset> indicators = new ArrayList<>();
        for (Path extra : extraCsvFiles(dataDir)) {
            if (Files.isRegularFile(extra)) {
                indicators.add(IndicatorReader.read(extra, problems));
            } else {
                problems.add(new LoadProblem(extra.getFileName().toString(), 0, 0,
                        "not a regular file (a folder, pipe, device or broken link): skipped"));
            }
        }
        MembershipHistory history = new MembershipHistory(treaties, countries, events);
        return new Atlas(treaties, countries, history, groups, indicators, readAsOf(dataDir, problems));
    }

    private static List<Path> extraCsvFiles(Path dataDir) {
        try (Stream<Path> files = Files.list(dataDir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".csv"))
                    .filter(p -> !CORE_FILES.contains(p.getFileName().toString())).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The "Data as of: YYYY-MM-DD" line of the data folder's README.md; null when absent. */
    static LocalDate readAsOf(Path dataDir, List<LoadProblem> problems) {
        Path readme = dataDir.resolve("README.md");
        try {
            Matcher m = AS_OF.matcher(new String(SafeRead.bytes(readme), StandardCharsets.UTF_8));
            if (m.find()) {
                LocalDate asOf = LocalDate.parse(m.group(1));
                if (asOf.getYear() >= RowParser.FIRST_YEAR && asOf.getYear() <= RowParser.LAST_YEAR) {
                    return asOf;
                }
                problems.add(new LoadProblem("README.md", 0, 0, "the as-of date " + asOf + " is outside the years "
                        + RowParser.FIRST_YEAR + "–" + RowParser.LAST_YEAR));
                return null;
            }
            problems.add(new LoadProblem("README.md", 0, 0, "no 'Data as of: YYYY-MM-DD' line"));
        } catch (SafeRead.RefusedFile | java.time.DateTimeException e) {
            problems.add(new LoadProblem("README.md", 0, 0, "cannot read the data's as-of date: " + e.getMessage()));
        }
        return null;
    }
}
