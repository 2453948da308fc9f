package org.chaord.atlas.bench;

import javafx.application.Platform;
import javafx.stage.Stage;
import org.chaord.atlas.render.ProjectedWorld;
import org.chaord.atlas.ui.AtlasViewModel;
import org.chaord.atlas.ui.app.AtlasApp;
import org.chaord.atlas.ui.map.MapCanvas;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;

import static org.chaord.atlas.bench.BenchTools.*;

/**
 * Prints the performance figures of DESIGN.md as {@code name value unit} lines: first shaded frame after JVM start,
 * FX-thread time and frame-to-frame time of a timeline step and of a full redraw, hit-test time, memory. Run with
 * {@code bash bench/run.sh} (headless Monocle, software rendering). Not a test: figures are read, not asserted.
 */
public final class AtlasBenchmark {

    private AtlasBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("atlas.prefs", "off");
        long jvmStart = BenchTools.processStartMillis();
        print("startup.main_entered", System.currentTimeMillis() - jvmStart, "ms");
        AtlasApp.prepareLaunch(); // as AtlasApp.launchApp does: the kept first frame, or the data starts loading
        long prepared = System.currentTimeMillis();
        CountDownLatch started = new CountDownLatch(1);
        AtlasApp[] app = new AtlasApp[1];
        long[] marks = new long[2];
        RenderedFrames[] rendered = new RenderedFrames[1];
        Platform.startup(() -> {
            marks[0] = System.currentTimeMillis();
            rendered[0] = RenderedFrames.watch();
            app[0] = new AtlasApp();
            app[0].start(new Stage());
            marks[1] = System.currentTimeMillis();
            started.countDown();
        });
        started.await();
        print("startup.launch_prepared", prepared - jvmStart, "ms");
        print("startup.toolkit_ready", marks[0] - jvmStart, "ms");
        print("startup.window_shown", marks[1] - jvmStart, "ms");
        while (onFx(() -> app[0].firstShadedFrameAtMillis()) == 0) {
            Thread.sleep(2);
        }
        print("startup.first_shaded_frame", onFx(() -> app[0].firstShadedFrameAtMillis()) - jvmStart, "ms");
        // CPU time of the whole process by then: unlike wall time, hardly moved by other processes on a busy machine
        print("startup.cpu_by_first_frame", cpuMillis(), "ms");
        print("startup.first_shaded_frame_rendered",
                rendered[0].firstAtOrAfter(onFx(() -> app[0].firstShadedFrameAtMillis())) - jvmStart, "ms");
        while (onFx(() -> app[0].window() == null || app[0].window().map().firstPaintAtMillis() == 0)) {
            Thread.sleep(2); // with a kept first frame the window is built after it
        }
        MapCanvas map = onFx(() -> app[0].window().map());
        AtlasViewModel vm = app[0].viewModel();
        // the live map: data read, window built, the map painted from the data (the kept frame, if any, is gone)
        print("startup.map_from_data", onFx(map::firstPaintAtMillis) - jvmStart, "ms");
        print("map.vertices", onFx(() -> countVertices(vm.world())), "count");
        Thread.sleep(Long.getLong("bench.settle_ms", 2000)); // the rest of the window is built after the first frame
        print("rss.settled", rssMegabytes(), "MB");
        keepSmaps("-settled");

        List<LocalDate> days = onFx(() -> new ArrayList<>(vm.atlas().history().changeDays(vm.view())));
        int warmUp = Integer.getInteger("bench.warmup", 600); // let the JIT compile the step path first
        double[] step = new double[warmUp + 300];
        for (int i = 0; i < step.length; i++) {
            LocalDate d = days.get(i % days.size());
            // the command and the frame it causes (compose, diff, paint), which the app runs at the next pulse
            step[i] = onFx(() -> timed(() -> {
                vm.setDate(d);
                vm.publishPendingScene();
            }));
        }
        step = Arrays.copyOfRange(step, warmUp, step.length);
        print("timeline_step.fx_thread.median", median(step), "ms");
        double[] redraw = new double[warmUp / 4 + 100];
        for (int i = 0; i < redraw.length; i++) {
            redraw[i] = onFx(() -> timed(map::repaintAll));
        }
        redraw = Arrays.copyOfRange(redraw, warmUp / 4, redraw.length);
        print("full_redraw.fx_thread.median", median(redraw), "ms");
        print("timeline_step.frame_to_frame.median", frameToFrame(() -> {
            LocalDate d = vm.date().plusDays(30);
            vm.setDate(d.isAfter(LocalDate.now()) ? AtlasViewModel.TIMELINE_START : d);
        }), "ms");
        print("full_redraw.frame_to_frame.median", frameToFrame(map::repaintAll), "ms");
        print("idle.frame_to_frame.median", frameToFrame(() -> { }), "ms");
        print("hit_test.median", onFx(() -> hitTestMicros(map)), "us");
        Runtime rt = Runtime.getRuntime();
        System.gc();
        print("heap.used_after_gc", (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024), "MB");
        print("rss", rssMegabytes(), "MB");
        BenchTools.holdForInspection();
        Platform.exit();
        System.exit(0);
    }

    private static long countVertices(ProjectedWorld world) {
        return world.shapes().values().stream().flatMap(s -> Arrays.stream(s.rings(0))).mapToLong(r -> r.length / 2).sum();
    }

    private static double hitTestMicros(MapCanvas map) {
        Random random = new Random(42);
        double w = map.getWidth();
        double h = map.getHeight();
        int n = 20000;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = random.nextDouble() * w;
            ys[i] = random.nextDouble() * h;
        }
        int found = 0;
        for (int i = 0; i < n; i++) { // warm-up
            found += map.countryAt(xs[i], ys[i]) == null ? 0 : 1;
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            found += map.countryAt(xs[i], ys[i]) == null ? 0 : 1;
        }
        if (found < 0) {
            throw new AssertionError();
        }
        return (System.nanoTime() - t0) / 1000.0 / n;
    }

}
