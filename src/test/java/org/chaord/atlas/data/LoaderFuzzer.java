package org.chaord.atlas.data;

import org.locationtech.jts.geom.Geometry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Mutates one line of a bundled data file or map at a time (a quote, a byte that is not UTF-8, a deleted or added
 * character, a bad date, a non-finite coordinate, deep nesting…) and loads the result, counting what must never
 * happen: an exception escaping the loader, a load that hangs, a problem without a line, and a valid row (or map
 * feature) lost that is not on the damaged line. Seeded, so a failure can be replayed.
 */
public final class LoaderFuzzer {

    /** The counts of one run; {@code examples} describes the first few failures. */
    public record Outcome(long inputs, long exceptions, long hangs, long problemsWithoutLine, long rowsLostBeyond,
                          List<String> examples) {
        public boolean clean() {
            return exceptions == 0 && hangs == 0 && problemsWithoutLine == 0 && rowsLostBeyond == 0;
        }
    }

    private static final List<String> CSV_FILES = List.of(AtlasLoader.TREATIES, AtlasLoader.COUNTRIES,
            AtlasLoader.EVENTS, AtlasLoader.GROUPS);
    private static final String[] WORDS = {"\"", "\"\"", ",", "\r", "\u0000", "\u0001", "+999999999-12-31",
            "1850-01-01", "=cmd|' /C calc'!A0", "\\", "'"};
    private static final String[] MAP_WORDS = {"NaN", "Infinity", "-Infinity", "1e999", "[]", "{}", "null", "\"",
            "]", "[", "}", ",", "\\u0000"};

    private final Random random;
    private final Path work;
    private final long hangSeconds;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fuzz-load");
        t.setDaemon(true);
        return t;
    });
    private long inputs;
    private long exceptions;
    private long hangs;
    private long withoutLine;
    private long lost;
    private final List<String> examples = new ArrayList<>();

    public LoaderFuzzer(long seed, Path work, long hangSeconds) {
        this.random = new Random(seed);
        this.work = work;
        this.hangSeconds = hangSeconds;
    }

    /** {@code perCsv} mutations of each data file and {@code perMap} of the map. */
    public Outcome run(Path data, Path map, int perCsv, int perMap) throws IOException {
        try {
            for (String file : CSV_FILES) {
                List<String> lines = Files.readAllLines(data.resolve(file), StandardCharsets.UTF_8);
                Map<Long, String[]> pristine = rows(CsvTable.read(data.resolve(file), List.of()));
                for (int i = 0; i < perCsv; i++) {
                    fuzzCsv(data, file, lines, pristine);
                }
            }
            List<String> mapLines = Files.readAllLines(map, StandardCharsets.UTF_8);
            Map<String, Geometry> pristineMap = MapReader.read(map, new ArrayList<>());
            for (int i = 0; i < perMap; i++) {
                fuzzMap(mapLines, pristineMap);
            }
        } finally {
            executor.shutdownNow();
        }
        return new Outcome(inputs, exceptions, hangs, withoutLine, lost, List.copyOf(examples));
    }

    private void fuzzCsv(Path data, String file, List<String> lines, Map<Long, String[]> pristine) throws IOException {
        Path dir = Files.createDirectories(work.resolve("data"));
        for (String f : CSV_FILES) {
            Files.copy(data.resolve(f), dir.resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Files.copy(data.resolve("README.md"), dir.resolve("README.md"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        int damaged = 1 + random.nextInt(lines.size() - 1);
        String what = mutate(lines, damaged, WORDS, dir.resolve(file));
        inputs++;
        LoadResult result = guarded(() -> AtlasLoader.load(dir, null), file + " " + what);
        if (result == null) {
            return;
        }
        checkLines(result.problems(), file + " " + what);
        Map<Long, String[]> after = rows(CsvTable.read(dir.resolve(file), List.of()));
        pristine.forEach((line, values) -> {
            if (line != damaged + 1 && !Arrays.equals(values, after.get(line))) {
                lost++;
                example(file + " " + what + ": row on line " + line + " lost or changed");
            }
        });
    }

    private void fuzzMap(List<String> lines, Map<String, Geometry> pristine) throws IOException {
        Path map = work.resolve("map.geojson");
        int damaged = 1 + random.nextInt(lines.size() - 2);
        String what = mutate(lines, damaged, MAP_WORDS, map);
        inputs++;
        List<LoadProblem> problems = new ArrayList<>();
        Map<String, Geometry> shapes = guarded(() -> MapReader.read(map, problems), "map " + what);
        if (shapes == null) {
            return;
        }
        checkLines(problems, "map " + what);
        String onDamagedLine = lines.get(damaged);
        pristine.forEach((iso3, g) -> {
            boolean mayBeDamaged = onDamagedLine.contains("\"" + iso3 + "\"");
            if (!mayBeDamaged && (shapes.get(iso3) == null || !shapes.get(iso3).equalsExact(g))) {
                lost++;
                example("map " + what + ": feature " + iso3 + " lost or changed");
            }
        });
    }

    /** Writes the lines with line {@code index} (0-based) mutated; returns what was done, for the report. */
    private String mutate(List<String> lines, int index, String[] words, Path target) throws IOException {
        String line = lines.get(index);
        int at = line.isEmpty() ? 0 : random.nextInt(line.length());
        byte[] insert;
        String what;
        int drop = 0;
        switch (random.nextInt(6)) {
            case 0, 1 -> {
                String word = words[random.nextInt(words.length)];
                insert = word.getBytes(StandardCharsets.UTF_8);
                what = "inserted " + printable(word);
            }
            case 2 -> {
                insert = new byte[] {(byte) (0x80 + random.nextInt(0x80))};
                what = String.format("inserted byte 0x%02X", insert[0] & 0xFF);
            }
            case 3 -> {
                insert = new byte[0];
                drop = Math.min(line.length() - at, 1 + random.nextInt(3));
                what = "deleted " + drop + " char(s)";
            }
            case 4 -> {
                insert = new byte[0];
                drop = line.length() - at;
                what = "cut the line";
            }
            default -> {
                insert = new byte[] {(byte) (0x20 + random.nextInt(0x5F))};
                drop = Math.min(1, line.length() - at);
                what = "replaced a char with '" + (char) insert[0] + "'";
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (i == index) {
                out.writeBytes(l.substring(0, at).getBytes(StandardCharsets.UTF_8));
                out.writeBytes(insert);
                out.writeBytes(l.substring(at + drop).getBytes(StandardCharsets.UTF_8));
            } else {
                out.writeBytes(l.getBytes(StandardCharsets.UTF_8));
            }
            out.write('\n');
        }
        Files.write(target, out.toByteArray());
        return what + " at line " + (index + 1) + " column " + (at + 1);
    }

    private interface Load<T> {
        T run();
    }

    private <T> T guarded(Load<T> load, String what) {
        Future<T> future = executor.submit(load::run);
        try {
            return future.get(hangSeconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            hangs++;
            example(what + ": did not finish in " + hangSeconds + " s");
        } catch (ExecutionException e) {
            exceptions++;
            example(what + ": " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    private void checkLines(List<LoadProblem> problems, String what) {
        for (LoadProblem p : problems) {
            if (p.line() <= 0) {
                withoutLine++;
                example(what + ": problem without a line: " + p);
            }
        }
    }

    private static Map<Long, String[]> rows(CsvTable table) {
        Map<Long, String[]> rows = new HashMap<>();
        table.rows().forEach(r -> rows.put(r.line(), r.values()));
        return rows;
    }

    private void example(String text) {
        if (examples.size() < 10) {
            examples.add(text);
        }
    }

    private static String printable(String word) {
        return "'" + word.replace("\r", "\\r").replace("\u0000", "\\0").replace("\u0001", "\\u0001") + "'";
    }
}
