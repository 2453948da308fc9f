package org.chaord.atlas.bench;

import org.chaord.atlas.data.LoadProblem;
import org.chaord.atlas.data.MapCache;
import org.chaord.atlas.data.MapReader;
import org.chaord.atlas.geo.MapProjection;
import org.chaord.atlas.geo.ProjectionKind;
import org.chaord.atlas.render.ProjectedWorld;
import org.chaord.atlas.render.RegionPreset;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

import java.io.IOException;
import java.lang.ref.Reference;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Load time and memory of the 1:10m map against the 1:50m one, measured in the same JVM, printed as
 * {@code name value unit} lines with a {@code .ratio_to_50m} line per figure: GeoJSON parse, binary cache read,
 * projection (Equal Earth), retained heap of the parsed and of the projected map (full-detail rings and hit-test
 * locators, as after a Europe-zoom frame and clicks), hit test at Europe zoom. Not a test.
 * Run from the project root with the app's JVM options: {@code BENCH_CLASS=org.chaord.atlas.bench.MapLoadBenchmark
 * bash bench/run.sh}.
 */
public final class MapLoadBenchmark {

    private static final int WARMUP = 1;
    private static final int RUNS = 3;
    private static final String[] SCALES = {"50m", "10m"};

    private MapLoadBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, Map<String, Double>> figures = new LinkedHashMap<>();
        Path cacheDir = Files.createTempDirectory("atlas-map-bench");
        try {
            // A discarded first pass: the first measurements of a JVM include one-time costs and releases.
            measure(Path.of("maps", "countries-50m.geojson"), new MapCache(cacheDir));
            for (String scale : SCALES) {
                figures.put(scale, measure(Path.of("maps", "countries-" + scale + ".geojson"), new MapCache(cacheDir)));
            }
        } finally {
            try (Stream<Path> files = Files.walk(cacheDir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Map<String, Double> base = figures.get("50m");
        for (String name : base.keySet()) {
            String unit = name.substring(name.lastIndexOf('.') + 1);
            for (String scale : SCALES) {
                print("map" + scale + "." + name.substring(0, name.lastIndexOf('.')), figures.get(scale).get(name), unit);
            }
            print("map10m." + name.substring(0, name.lastIndexOf('.')) + ".ratio_to_50m",
                    figures.get("10m").get(name) / base.get(name), "x");
        }
    }

    private static Map<String, Double> measure(Path file, MapCache cache) {
        Map<String, Double> f = new LinkedHashMap<>();
        MapProjection projection = MapProjection.of(ProjectionKind.EQUAL_EARTH);
        f.put("file.MB", file.toFile().length() / 1e6);
        Map<String, Geometry> shapes = read(file);
        f.put("heap.parsed.MB", medianRetainedMegabytes(() -> read(file)));
        f.put("heap.projected_with_hit_index.MB", medianRetainedMegabytes(() -> europeReady(shapes, projection)));
        f.put("heap.total.MB", f.get("heap.parsed.MB") + f.get("heap.projected_with_hit_index.MB"));
        ProjectedWorld world = europeReady(shapes, projection);
        f.put("hit_test.europe.median.us", hitTestMicros(world, RegionPreset.EUROPE.projected(projection)));
        f.put("vertices.count", (double) shapes.values().stream().mapToLong(Geometry::getNumPoints).sum());
        f.put("parse.median.ms", medianMillis(() -> read(file)));
        f.put("parse.allocated.MB", allocatedMegabytes(() -> read(file)));
        cache.read(file, new ArrayList<>()); // writes the binary copy
        f.put("cache_read.median.ms", medianMillis(() -> cache.read(file, new ArrayList<>())));
        f.put("project.median.ms", medianMillis(() -> ProjectedWorld.build(shapes, projection)));
        Reference.reachabilityFence(world);
        return f;
    }

    /** The projected world with what a Europe-zoom frame and its clicks build: full-detail rings, hit-test locators. */
    private static ProjectedWorld europeReady(Map<String, Geometry> shapes, MapProjection projection) {
        ProjectedWorld world = ProjectedWorld.build(shapes, projection);
        world.shapes().values().forEach(s -> s.rings(0));
        hitTestMicros(world, RegionPreset.EUROPE.projected(projection));
        return world;
    }

    private static Map<String, Geometry> read(Path file) {
        List<LoadProblem> problems = new ArrayList<>();
        Map<String, Geometry> shapes = MapReader.read(file, problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(file + ": " + problems);
        }
        return shapes;
    }

    private static double medianMillis(Supplier<?> job) {
        for (int i = 0; i < WARMUP; i++) {
            job.get();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            job.get();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms[RUNS / 2];
    }

    /** Bytes allocated by this thread while the job runs (the garbage a load leaves for the collector). */
    private static double allocatedMegabytes(Supplier<?> job) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        job.get();
        return (threads.getThreadAllocatedBytes(id) - before) / 1e6;
    }

    /**
     * Median heap retained by one more copy of what the job builds, over three copies kept alive side by side (so
     * one-time costs such as class initialisation do not count).
     */
    private static double medianRetainedMegabytes(Supplier<?> job) {
        List<Object> copies = new ArrayList<>();
        double[] mb = new double[RUNS];
        double previous = heapAfterFullGcMegabytes();
        for (int i = 0; i < RUNS; i++) {
            copies.add(job.get());
            double now = heapAfterFullGcMegabytes();
            mb[i] = now - previous;
            previous = now;
        }
        Reference.reachabilityFence(copies);
        Arrays.sort(mb);
        return mb[RUNS / 2];
    }

    /**
     * Heap in use right after a full collection (the pools' collection usage excludes what was allocated since). An
     * allocation the heap cannot hold first makes the JVM clear soft references (JDK caches), which System.gc leaves.
     */
    private static double heapAfterFullGcMegabytes() {
        try {
            byte[] tooBig = new byte[(int) Math.min(Integer.MAX_VALUE - 16, Runtime.getRuntime().maxMemory())];
            throw new IllegalStateException("the heap held " + tooBig.length + " bytes more");
        } catch (OutOfMemoryError expected) {
            // soft references are cleared now
        }
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                bytes += pool.getCollectionUsage().getUsed();
            }
        }
        return bytes / 1e6;
    }

    /** Median time of {@link ProjectedWorld#shapeAt} at random points of the region, over 20,000 points. */
    private static double hitTestMicros(ProjectedWorld world, Envelope region) {
        Random random = new Random(42);
        int n = 20_000;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = region.getMinX() + random.nextDouble() * region.getWidth();
            ys[i] = region.getMinY() + random.nextDouble() * region.getHeight();
        }
        double[] us = new double[5];
        int found = 0;
        for (int round = -1; round < us.length; round++) { // round -1 warms up (and builds the locators)
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                found += world.shapeAt(xs[i], ys[i]) == null ? 0 : 1;
            }
            if (round >= 0) {
                us[round] = (System.nanoTime() - t0) / 1000.0 / n;
            }
        }
        if (found == 0) {
            throw new IllegalStateException("no country hit in the region");
        }
        Arrays.sort(us);
        return us[us.length / 2];
    }

    private static void print(String name, double value, String unit) {
        System.out.printf(java.util.Locale.ROOT, "%s %.2f %s%n", name, value, unit);
    }
}
