package org.chaord.atlas.bench;

import org.chaord.atlas.data.AtlasLoader;
import org.chaord.atlas.data.LoadResult;
import org.chaord.atlas.export.ExportFormat;
import org.chaord.atlas.export.ExportResult;
import org.chaord.atlas.export.ExportService;
import org.chaord.atlas.export.ExportSpec;
import org.chaord.atlas.export.PaperSize;
import org.chaord.atlas.model.View;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Export timings, printed as {@code name value unit} lines: median of 5 runs after 2 warm-ups, the projected world
 * already cached (as in a batch or the GUI). Not a test. Run from the project root:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.chaord.atlas.bench.ExportBenchmark}.
 */
public final class ExportBenchmark {

    private static final int WARMUP = 2;
    private static final int RUNS = 5;

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        LoadResult data = AtlasLoader.load(Path.of("data"), Path.of("maps", "countries-50m.geojson"));
        ExportService service = new ExportService();
        Path dir = Files.createTempDirectory("atlas-bench");
        ExportSpec base = ExportSpec.of(ExportFormat.PNG, View.UNCC, LocalDate.of(2026, 11, 28));
        long[] bytes = new long[1];
        report("export.png.4k.ms", time(() -> service.export(base.withPaper(PaperSize.UHD_4K, 96), data.atlas(),
                data.shapes(), dir.resolve("4k.png"), null)));
        report("export.pdf.a4_300dpi.ms", time(() -> service.export(base.withFormat(ExportFormat.PDF)
                .withPaper(PaperSize.A4, 300), data.atlas(), data.shapes(), dir.resolve("a4.pdf"), null)));
        double svgMs = time(() -> {
            ExportResult r = service.export(base.withFormat(ExportFormat.SVG), data.atlas(), data.shapes(),
                    dir.resolve("map.svg"), null);
            bytes[0] = r.bytes();
        });
        System.out.println("export.svg.bytes " + bytes[0] + " bytes");
        report("export.svg.ms", svgMs);
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
    }

    private interface Job {
        void run() throws IOException;
    }

    private static double time(Job job) throws IOException {
        for (int i = 0; i < WARMUP; i++) {
            job.run();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            job.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms[RUNS / 2];
    }

    private static void report(String name, double ms) {
        System.out.printf(java.util.Locale.ROOT, "%s %.1f ms%n", name, ms);
    }
}
