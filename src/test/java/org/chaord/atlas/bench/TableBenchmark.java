package org.chaord.atlas.bench;

import org.chaord.atlas.export.BundledData;
import org.chaord.atlas.model.View;
import org.chaord.atlas.render.BundledWorld;
import org.chaord.atlas.ui.AtlasViewModel;
import org.chaord.atlas.ui.internal.UiThreads;
import org.chaord.atlas.ui.table.StateTableViewModel;

import java.time.LocalDate;

/**
 * The table of every state during a timeline step (issue 10 §3), printed as {@code name value unit} lines: the median
 * time of one day's step with the table hidden (the baseline, measured in the same run: the view-model's own work,
 * scene composition included) and with the table shown (its lines built again for the day), and the ratio. Not a
 * test. Run with {@code BENCH_CLASS=org.chaord.atlas.bench.TableBenchmark bash bench/run.sh}.
 */
public final class TableBenchmark {

    private static final int STEPS = 400;

    private TableBenchmark() {
    }

    public static void main(String[] args) {
        AtlasViewModel vm = new AtlasViewModel(UiThreads.direct(), null, LocalDate::now);
        vm.extent().resize(1200, 620);
        vm.showLoaded(BundledData.get(), BundledWorld.get());
        StateTableViewModel table = new StateTableViewModel(vm, UiThreads.direct());
        for (View view : new View[] {View.UNCC, View.COMPARISON}) {
            vm.setView(view);
            double[] hidden = new double[STEPS];
            double[] shown = new double[STEPS];
            for (int round = 0; round < 3; round++) { // the last round is measured
                LocalDate day = LocalDate.of(2025, 10, 1);
                for (int i = 0; i < STEPS; i++) {
                    table.show(false);
                    LocalDate next = day.plusDays(1);
                    hidden[i] = BenchTools.timed(() -> vm.setDate(next));
                    table.show(true);
                    LocalDate after = next.plusDays(1);
                    shown[i] = BenchTools.timed(() -> vm.setDate(after));
                    day = after;
                }
            }
            String p = "table." + view.name().toLowerCase(java.util.Locale.ROOT);
            BenchTools.print(p + ".step_hidden_baseline.median", BenchTools.median(hidden), "ms");
            BenchTools.print(p + ".step_shown.median", BenchTools.median(shown), "ms");
            BenchTools.print(p + ".shown_over_hidden.ratio", BenchTools.median(shown) / BenchTools.median(hidden), "x");
        }
    }
}
