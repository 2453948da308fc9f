package org.chaord.atlas.data;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A copy of the bundled data folder in a temporary directory, for tests that damage one file the way a user might. */
final class BundledCopy {

    static final Path DATA = Path.of("data");
    static final Path MAP = Path.of("maps", "countries-50m.geojson");
    private static LoadResult pristine;

    final Path dir;

    BundledCopy(Path root) throws IOException {
        dir = Files.createDirectories(root.resolve("data"));
        for (String name : List.of(AtlasLoader.TREATIES, AtlasLoader.COUNTRIES, AtlasLoader.EVENTS,
                AtlasLoader.GROUPS, "README.md")) {
            Files.copy(DATA.resolve(name), dir.resolve(name));
        }
    }

    /** The bundled data loaded as shipped (no map), once. */
    static synchronized LoadResult pristine() {
        if (pristine == null) {
            pristine = AtlasLoader.load(DATA, null);
        }
        return pristine;
    }

    static int eventCount(LoadResult r) {
        int n = 0;
        for (String iso3 : r.atlas().countries().keySet()) {
            for (org.chaord.atlas.model.TreatyId t : r.atlas().treatyIds()) {
                n += r.atlas().history().events(iso3, t).size();
            }
        }
        return n;
    }

    List<String> lines(String file) throws IOException {
        return new ArrayList<>(Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8));
    }

    void write(String file, List<String> lines) throws IOException {
        Files.writeString(dir.resolve(file), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    void writeBytes(String file, byte[] bytes) throws IOException {
        Files.write(dir.resolve(file), bytes);
    }

    void reencode(String file, Charset charset) throws IOException {
        Files.writeString(dir.resolve(file), Files.readString(dir.resolve(file), StandardCharsets.UTF_8), charset);
    }

    /** The index of the first row at or after {@code from} (0-based line) without quotes, so it splits at commas. */
    static int plainRowFrom(List<String> lines, int from) {
        int i = from;
        while (lines.get(i).indexOf('"') >= 0) {
            i++;
        }
        return i;
    }

    /** A quote-free row with one column's field replaced by {@code field} (already quoted as CSV). */
    static String withField(String header, String row, String column, String field) {
        List<String> names = List.of(header.split(",", -1));
        String[] values = row.split(",", -1);
        values[names.indexOf(column)] = field;
        return String.join(",", values);
    }

    LoadResult load() {
        return AtlasLoader.load(dir, null);
    }
}
