package org.chaord.atlas.bench;

import javafx.application.Platform;
import javafx.stage.Stage;
import org.chaord.atlas.model.View;
import org.chaord.atlas.render.MapScene;
import org.chaord.atlas.ui.AtlasViewModel;
import org.chaord.atlas.ui.app.AtlasApp;
import org.chaord.atlas.ui.map.MapCanvas;

import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;

import static org.chaord.atlas.bench.BenchTools.*;

/**
 * Dragging the To date in compare mode: FX-thread time of one one-day step (the command and the frame it causes:
 * {@code withTo}, the change scene, the moved set, the repaint of the moved countries), against a plain one-day
 * timeline step over the same days in the same run, both in the UN Convention view around Hanoi. Prints
 * {@code name value unit}; run with {@code BENCH_CLASS=org.chaord.atlas.bench.CompareDragBenchmark bash bench/run.sh}.
 */
public final class CompareDragBenchmark {

    private static final LocalDate FROM = LocalDate.of(2025, 10, 24);
    private static final LocalDate FIRST_TO = LocalDate.of(2025, 10, 1);

    private CompareDragBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("atlas.prefs", "off");
        AtlasApp.prepareLaunch();
        CountDownLatch started = new CountDownLatch(1);
        AtlasApp[] app = new AtlasApp[1];
        Platform.startup(() -> {
            app[0] = new AtlasApp();
            app[0].start(new Stage());
            started.countDown();
        });
        started.await();
        MapCanvas map = app[0].window().map();
        AtlasViewModel vm = app[0].viewModel();
        while (onFx(map::firstPaintAtMillis) == 0) {
            Thread.sleep(2);
        }
        Thread.sleep(Long.getLong("bench.settle_ms", 2000));
        onFx(() -> {
            vm.setView(View.UNCC);
            vm.setDate(FIRST_TO);
            vm.publishPendingScene();
            return null;
        });
        int days = (int) (vm.today().toEpochDay() - FIRST_TO.toEpochDay()); // Oct 2025 to today: Hanoi and after
        int rounds = Integer.getInteger("bench.rounds", 4);
        double[] plain = steps(vm, days, rounds);
        onFx(() -> {
            vm.setDate(FIRST_TO);
            vm.compare().setActive(true, vm.date(), AtlasViewModel.TIMELINE_START);
            vm.compare().setFrom(FROM);
            vm.publishPendingScene();
            return null;
        });
        int[] moved = {0, 0};
        double[] compare = stepsCounting(vm, map, days, rounds, moved);
        double[] redraw = new double[150];
        for (int i = 0; i < redraw.length; i++) { // what each step would cost if it painted the whole change map
            redraw[i] = onFx(() -> timed(map::repaintAll));
        }
        double p = median(plain);
        double c = median(compare);
        print("timeline_step.one_day.fx_thread.median", p, "ms");
        print("compare_drag.one_day.fx_thread.median", c, "ms");
        print("compare_drag.ratio_to_timeline_step", c / p, "x");
        print("compare_drag.one_day.fx_thread.p90", percentile(compare, 0.9), "ms");
        print("timeline_step.one_day.fx_thread.p90", percentile(plain, 0.9), "ms");
        double full = median(java.util.Arrays.copyOfRange(redraw, 50, redraw.length));
        print("compare_full_redraw.fx_thread.median", full, "ms");
        print("compare_drag.ratio_to_full_redraw", c / full, "x");
        print("compare_drag.moved_countries_per_step.mean", moved[0] / (double) Math.max(1, moved[1]), "count");
        print("compare_drag.steps_measured", compare.length, "count");
        Platform.exit();
        System.exit(0);
    }

    /** Plain timeline: one day forward per step over {@code days}, {@code rounds} times (the first round warms up). */
    private static double[] steps(AtlasViewModel vm, int days, int rounds) throws Exception {
        return stepsCounting(vm, null, days, rounds, null);
    }

    private static double[] stepsCounting(AtlasViewModel vm, MapCanvas map, int days, int rounds, int[] moved)
            throws Exception {
        double[] measured = new double[days * (rounds - 1)];
        int n = 0;
        for (int r = 0; r < rounds; r++) {
            for (int i = 1; i <= days; i++) {
                LocalDate d = FIRST_TO.plusDays(i);
                MapScene before = map == null ? null : onFx(map::scene);
                double ms = onFx(() -> timed(() -> {
                    vm.setDate(d);
                    vm.publishPendingScene();
                }));
                if (r > 0) {
                    measured[n++] = ms;
                    if (moved != null) {
                        java.util.Set<String> m = onFx(() -> vm.compare().moved(before, map.scene()));
                        moved[0] += m == null ? 0 : m.size();
                        moved[1]++;
                    }
                }
            }
            onFx(() -> {
                vm.setDate(FIRST_TO);
                vm.publishPendingScene();
                return null;
            });
        }
        return measured;
    }

    private static double percentile(double[] values, double q) {
        double[] v = values.clone();
        java.util.Arrays.sort(v);
        return v[Math.min(v.length - 1, (int) (q * v.length))];
    }
}
