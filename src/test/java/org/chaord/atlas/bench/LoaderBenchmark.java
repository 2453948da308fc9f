package org.chaord.atlas.bench;

import org.chaord.atlas.data.CsvTable;
import org.chaord.atlas.data.IndicatorReader;
import org.chaord.atlas.data.LoadProblem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * CSV loading throughput (issue 14), printed as {@code name value unit} lines: the bundled data files, events.csv
 * with one quoted multi-line note of 256 KB, 1 MB and 4 MB, and a 200,000-row × 20-column indicator dataset with and
 * without a stray quote on line 2. Linear reading shows as the same MB/s whatever the field length or damage (a
 * ratio near 1). MB/s of process CPU time, median of 5 runs after 2 warm-ups. Not a test. Run:
 * {@code BENCH_CLASS=org.chaord.atlas.bench.LoaderBenchmark bash bench/run.sh}.
 */
public final class LoaderBenchmark {

    private static final int WARMUP = 2;
    private static final int RUNS = 5;
    private static final List<String> BUNDLED = List.of("treaties.csv", "countries.csv", "events.csv", "groups.csv");

    private LoaderBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("atlas-loader-bench");
        try {
            long bundledBytes = 0;
            for (String f : BUNDLED) {
                bundledBytes += Files.size(Path.of("data", f));
            }
            double bundled = mbPerS(bundledBytes, () -> BUNDLED.forEach(f -> CsvTable.read(Path.of("data", f), List.of())));
            report("csv.bundled", bundled, "MB/s");
            for (int kb : new int[] {256, 1024, 4096}) {
                Path events = longNote(dir, kb);
                double speed = mbPerS(Files.size(events), () -> CsvTable.read(events, List.of()));
                report("csv.quoted_note_" + kb + "kb", speed, "MB/s");
                if (kb == 1024) {
                    report("csv.quoted_note_1mb.ratio_to_bundled", speed / bundled, "ratio");
                }
            }
            for (boolean stray : new boolean[] {false, true}) {
                Path file = indicator(dir, stray);
                double speed = mbPerS(Files.size(file), () -> IndicatorReader.read(file, new ArrayList<LoadProblem>()));
                report("indicator.200k_rows" + (stray ? ".stray_quote_line2" : ""), speed, "MB/s");
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }

    /** events.csv with the note of a row near line 21 replaced by a quoted note of {@code kb} KB over many lines. */
    private static Path longNote(Path dir, int kb) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("data", "events.csv"), StandardCharsets.UTF_8));
        StringBuilder note = new StringBuilder();
        for (int i = 0; note.length() < kb * 1024; i++) {
            note.append("line ").append(i).append(", the \"\"depositary\"\" notification says so\n");
        }
        int at = 20;
        while (lines.get(at).indexOf('"') >= 0) {
            at++;
        }
        String[] values = lines.get(at).split(",", -1);
        values[List.of(lines.get(0).split(",", -1)).indexOf("note")] = "\"" + note + "\"";
        lines.set(at, String.join(",", values));
        return Files.writeString(dir.resolve("events-" + kb + ".csv"), String.join("\n", lines) + "\n");
    }

    private static Path indicator(Path dir, boolean strayQuote) throws IOException {
        StringBuilder csv = new StringBuilder("iso3,year");
        for (int c = 2; c < 20; c++) {
            csv.append(",v").append(c);
        }
        csv.append('\n');
        for (int country = 0; country < 10_000; country++) {
            String iso3 = "" + (char) ('A' + country / 676 % 26) + (char) ('A' + country / 26 % 26) + (char) ('A' + country % 26);
            for (int year = 2000; year < 2020; year++) {
                csv.append(strayQuote && country == 0 && year == 2000 ? "\"" : "").append(iso3).append(',').append(year);
                for (int c = 2; c < 20; c++) {
                    csv.append(',').append(country % 97 + c * 0.5);
                }
                csv.append('\n');
            }
        }
        return Files.writeString(dir.resolve("indicator-" + strayQuote + ".csv"), csv);
    }

    /**
     * MB per second of process CPU time (the machine this runs on is often shared, and reading is one thread: CPU
     * time, GC included, is what the reading costs), median of the runs.
     */
    private static double mbPerS(long bytes, Runnable job) {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        double[] ms = new double[RUNS];
        for (int i = 0; i < WARMUP + RUNS; i++) {
            long t = os.getProcessCpuTime();
            job.run();
            if (i >= WARMUP) {
                ms[i - WARMUP] = (os.getProcessCpuTime() - t) / 1e6;
            }
        }
        Arrays.sort(ms);
        return bytes / 1e6 / (Math.max(ms[RUNS / 2], 0.001) / 1000);
    }

    private static void report(String name, double value, String unit) {
        System.out.printf(java.util.Locale.ROOT, "%s %.2f %s%n", name, value, unit);
    }
}
