package org.chaord.atlas.bench;

import org.chaord.atlas.data.LoaderFuzzer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The long fuzz run of the loaders (issue 14), printed as {@code name value unit} lines: inputs, exceptions, hangs,
 * problems without a line and valid rows lost beyond the damaged line, then up to ten examples. Not a test.
 * Arguments: [mutations per data file, default 10000] [mutations of the map, default 2000] [seed, default 14].
 * Run: {@code bash bench/fuzz.sh 10000 2000}.
 */
public final class FuzzRun {

    private FuzzRun() {
    }

    public static void main(String[] args) throws IOException {
        int perCsv = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int perMap = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 14;
        Path work = Files.createTempDirectory("atlas-fuzz");
        long start = System.nanoTime();
        LoaderFuzzer.Outcome o = new LoaderFuzzer(seed, work, 30).run(Path.of("data"),
                Path.of("maps", "countries-50m.geojson"), perCsv, perMap);
        System.out.println("fuzz.inputs " + o.inputs() + " inputs");
        System.out.println("fuzz.exceptions " + o.exceptions() + " inputs");
        System.out.println("fuzz.hangs " + o.hangs() + " inputs");
        System.out.println("fuzz.problems_without_line " + o.problemsWithoutLine() + " problems");
        System.out.println("fuzz.rows_lost_beyond_damaged_line " + o.rowsLostBeyond() + " rows");
        System.out.printf("fuzz.seconds %.1f s%n", (System.nanoTime() - start) / 1e9);
        o.examples().forEach(e -> System.out.println("# " + e));
        try (var files = Files.walk(work)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
