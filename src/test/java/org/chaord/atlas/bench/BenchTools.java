package org.chaord.atlas.bench;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.chaord.atlas.ui.app.AtlasApp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** What every benchmark measures with: frame gaps, FX-thread calls, medians, CPU and RSS, `name value unit` lines. */
public final class BenchTools {

    private BenchTools() {
    }

    /** Median time between frames while {@code action} runs once per frame, over 120 frames. */
    public static double frameToFrame(Runnable action) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        List<Double> gaps = new ArrayList<>();
        Platform.runLater(() -> new AnimationTimer() {
            private long last;

            @Override
            public void handle(long now) {
                if (last != 0) {
                    gaps.add((now - last) / 1e6);
                }
                last = now;
                action.run();
                if (gaps.size() >= 120) {
                    stop();
                    done.countDown();
                }
            }
        }.start());
        done.await(90, TimeUnit.SECONDS);
        return median(gaps.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Milliseconds {@code r} takes, once. */
    public static double timed(Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        return (System.nanoTime() - t0) / 1e6;
    }

    public static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length == 0 ? Double.NaN : v[v.length / 2];
    }

    /**
     * When this process was launched (ms since the epoch). {@code bench/run.sh} passes the clock read just before it
     * starts java ({@code -Dbench.launched_at_ms}). Without it, the kernel's process start: on Linux that is counted
     * from a boot time rounded to the second, so it is early by a fixed 0-1000 ms on a given machine (170-200 ms
     * here), which inflates every start-up figure alike and pulls their ratios towards 1.
     */
    public static long processStartMillis() {
        Long launched = Long.getLong("bench.launched_at_ms");
        return launched != null ? launched : ProcessHandle.current().info().startInstant().orElseThrow().toEpochMilli();
    }

    /** CPU time (all threads, user + system) this process has used so far. */
    public static long cpuMillis() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
    }

    /** This process's resident set in MB (Linux), -1 where it cannot be read. */
    /** Copies the process's memory map into the folder {@code bench.smaps_to}, when given, as {@code <class><moment>.smaps}. */
    public static void keepSmaps(String moment) {
        String smapsTo = System.getProperty("bench.smaps_to");
        if (smapsTo != null) {
            try {
                String main = System.getProperty("sun.java.command", "benchmark").split(" ")[0];
                java.nio.file.Files.write(java.nio.file.Path.of(smapsTo,
                                main.substring(main.lastIndexOf('.') + 1) + moment + ".smaps"),
                        java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/self/smaps")));
            } catch (java.io.IOException e) {
                System.err.println("bench.smaps_to: " + e);
            }
        }
    }

    /**
     * Before the benchmark exits: its memory map kept ({@link #keepSmaps}), then a wait of {@code bench.hold_ms}
     * (default 0), so its process can be inspected.
     */
    public static void holdForInspection() throws InterruptedException {
        keepSmaps("");
        long ms = Long.getLong("bench.hold_ms", 0);
        if (ms > 0) {
            System.out.println("bench.pid " + ProcessHandle.current().pid() + " pid");
            System.out.flush();
            Thread.sleep(ms);
        }
    }

    public static long rssMegabytes() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (java.io.IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /**
     * The real app started on the current display without the user's preferences, once its first shaded frame is on
     * screen and the rest of the window is built (the state the screenshot tours and the detail benchmark start from).
     */
    public static AtlasApp startShownApp() throws Exception {
        System.setProperty("atlas.prefs", "off");
        AtlasApp.prepareLaunch();
        AtlasApp[] app = new AtlasApp[1];
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(() -> {
            app[0] = new AtlasApp();
            app[0].start(new Stage());
            started.countDown();
        });
        started.await();
        while (onFx(() -> app[0].window() == null || app[0].window().map().firstPaintAtMillis() == 0
                || !app[0].window().isComplete())) {
            Thread.sleep(20);
        }
        return app[0];
    }

    /** {@code s} evaluated on the FX thread (at once when already there). */
    public static <T> T onFx(Supplier<T> s) throws Exception {
        if (Platform.isFxApplicationThread()) {
            return s.get();
        }
        Object[] box = new Object[1];
        CountDownLatch latch = new CountDownLatch(1);
        Platform.runLater(() -> {
            box[0] = s.get();
            latch.countDown();
        });
        latch.await();
        @SuppressWarnings("unchecked") T t = (T) box[0];
        return t;
    }

    /** One `name value unit` line. */
    public static void print(String name, double value, String unit) {
        System.out.printf(Locale.ROOT, "%s %.3f %s%n", name, value, unit);
    }
}
