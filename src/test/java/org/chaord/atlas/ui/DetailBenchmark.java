package org.chaord.atlas.ui;

import javafx.application.Platform;
import org.chaord.atlas.render.MapScene;
import org.chaord.atlas.render.RegionPreset;
import org.chaord.atlas.render.SceneComposer;
import org.chaord.atlas.render.SceneHitTest;
import org.chaord.atlas.ui.app.AtlasApp;
import org.chaord.atlas.ui.map.MapCanvas;

import java.util.Arrays;
import java.util.Random;

import static org.chaord.atlas.bench.BenchTools.*;

/**
 * Issue 12 §2 figures, headless like {@code bench/run.sh}: pan at Europe zoom with 1:10m frame to frame, the FX
 * thread's time of a full redraw (compose + paint commands) and its frame-to-frame time (which includes the
 * render thread's rasterising) at world and Europe zoom with 1:50m and 1:10m, the hit test at Europe zoom, and
 * RSS and heap after both. Run once with 1:10m and once without, and subtract:
 * BENCH_CLASS=org.chaord.atlas.ui.DetailBenchmark bash bench/run.sh; the same with JAVA_TOOL_OPTIONS=-Datlas.detail=off
 * ({@code bench/render-thread.sh} does both under Xvfb and adds the render thread's time from the pulse logger).
 * A name's last part says what was loaded: "world.10m" is the world view with 1:10m loaded (it draws 1:50m there).
 */
public final class DetailBenchmark {

    private DetailBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        AtlasApp[] app = {startShownApp()};
        AtlasViewModel vm = app[0].viewModel();
        MapCanvas map = app[0].window().map();
        boolean fine = !"off".equals(System.getProperty("atlas.detail"));
        if (fine) { // 1:10m loads on the first zoom step (DetailOnDemand): zoom in once, wait for it
            onFx(() -> { vm.showRegion(RegionPreset.EUROPE); return null; });
            while (onFx(() -> vm.worlds().detail()) == null) {
                Thread.sleep(20);
            }
        }
        String scale = fine ? "10m" : "50m";
        for (RegionPreset region : new RegionPreset[] {RegionPreset.WORLD, RegionPreset.EUROPE}) {
            onFx(() -> { vm.showRegion(region); vm.composeNow(); return null; });
            String at = region.id() + "." + scale;
            // the map's own size: a legend band beside or below the map leaves it fewer pixels to paint
            print("map_pixels." + at, onFx(() -> map.getWidth() * map.getHeight()) / 1000.0, "kpx");
            redraws("full_redraw", at, map);
        }
        // the change map at Europe (compare mode: a year of changes), drawn at the screen's levels as the status map
        onFx(() -> {
            vm.compare().setActive(true, vm.date(), AtlasViewModel.TIMELINE_START);
            vm.compare().setFrom(vm.date().minusYears(1));
            vm.composeNow();
            return null;
        });
        redraws("full_redraw_compare", "europe." + scale, map);
        onFx(() -> { vm.compare().setActive(false, vm.date(), AtlasViewModel.TIMELINE_START); return null; });
        onFx(() -> { vm.showRegion(RegionPreset.EUROPE); return null; });
        int[] step = {0};
        phase("pan_europe." + scale);
        print("pan_europe.frame_to_frame.median." + scale, frameToFrame(() ->
                vm.extent().pan((step[0]++ / 30) % 2 == 0 ? 4 : -4, 0)), "ms");
        phase("end");
        // the same Europe view hit-tested on 1:50m and (when loaded) on 1:10m, in this run
        MapScene europe = onFx(map::scene);
        print("hit_test_europe.median.50m", onFx(() -> hitTestMicros(map,
                SceneComposer.compose(vm.atlas(), vm.world(), europe.request(), 1.0))), "us");
        if (fine) {
            print("hit_test_europe.median.10m", onFx(() -> hitTestMicros(map, europe)), "us");
        }
        System.gc();
        Thread.sleep(300);
        print("rss_after_world_and_europe." + scale, rssMegabytes(), "MB");
        Runtime rt = Runtime.getRuntime();
        print("heap_used_after_gc." + scale, (rt.totalMemory() - rt.freeMemory()) / (1024.0 * 1024), "MB");
        Platform.exit();
        System.exit(0);
    }

    /**
     * Marks where a measured stretch of frames starts and ends on stderr, the stream JavaFX's pulse logger writes to
     * ({@code -Djavafx.pulseLogger=true}), so bench/render-thread.sh can give each stretch its pulses.
     */
    /** 80 full redraws (the median of the last 40: after the JIT), then full redraws frame to frame. */
    private static void redraws(String name, String at, MapCanvas map) throws Exception {
        double[] redraw = new double[80];
        for (int i = 0; i < redraw.length; i++) {
            redraw[i] = onFx(() -> timed(map::repaintAll));
        }
        print(name + ".fx_thread.median." + at, median(Arrays.copyOfRange(redraw, 40, 80)), "ms");
        phase(name + "." + at);
        print(name + ".frame_to_frame.median." + at, frameToFrame(map::repaintAll), "ms");
        phase("end");
    }

    private static void phase(String name) {
        System.err.println("bench-phase " + name);
    }

    private static double hitTestMicros(MapCanvas map, MapScene scene) {
        SceneHitTest hitTest = SceneHitTest.of(scene);
        Random random = new Random(42);
        int n = 20000;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = random.nextDouble() * map.getWidth();
            ys[i] = random.nextDouble() * map.getHeight();
        }
        int found = 0;
        for (int round = 0; round < 2; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                found += hitTest.countryAt(xs[i], ys[i]) == null ? 0 : 1;
            }
            if (round == 1) { // the second round: the first built the locators and learnt the cells
                return found < 0 ? -1 : (System.nanoTime() - t0) / 1000.0 / n;
            }
        }
        return -1;
    }

}
