package org.chaord.atlas.bench;

import org.chaord.atlas.data.AtlasLoader;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.StatusChanges;
import org.chaord.atlas.model.View;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Recomputing the change classes of every state while the To date is dragged one day at a time (issue 10), printed as
 * {@code name value unit} lines. Per view: the median time of a fresh {@link StatusChanges#between}, of the drag path
 * {@link StatusChanges#withTo} + {@link StatusChanges#movedSince} (From classes kept), and — the baseline measured in
 * the same run — of one plain timeline step's class map ({@code MembershipHistory.classesOn} for a new day); the
 * ratio drag / baseline; and how many countries a step leaves to repaint. Not a test. Run with
 * {@code BENCH_CLASS=org.chaord.atlas.bench.ChangeClassesBenchmark bash bench/run.sh}.
 */
public final class ChangeClassesBenchmark {

    private static final int STEPS = 1500;
    private static final int WARMUP_ROUNDS = 2;

    private ChangeClassesBenchmark() {
    }

    public static void main(String[] args) {
        Atlas atlas = AtlasLoader.load(Path.of("data"), null).atlas();
        run(atlas, View.UNCC, LocalDate.of(2025, 10, 24));
        run(atlas, View.ETS185, LocalDate.of(2001, 11, 23));
        run(atlas, View.COMPARISON, LocalDate.of(2020, 1, 1));
    }

    private static void run(Atlas atlas, View view, LocalDate from) {
        double[] fresh = new double[STEPS];
        double[] drag = new double[STEPS];
        double[] baseline = new double[STEPS];
        double[] moved = new double[STEPS];
        for (int round = 0; round <= WARMUP_ROUNDS; round++) { // the last round is measured
            StatusChanges previous = StatusChanges.between(atlas, view, from, from.plusDays(1));
            for (int i = 0; i < STEPS; i++) {
                LocalDate to = from.plusDays(2 + i);
                long t0 = System.nanoTime();
                atlas.history().classesOn(view, to.plusDays(STEPS)); // a day not cached: a timeline step's work
                long t1 = System.nanoTime();
                StatusChanges next = previous.withTo(to); // first, so the day's classes are not cached yet
                int repaint = next.movedSince(previous).size();
                long t2 = System.nanoTime();
                StatusChanges.between(atlas, view, from, to.plusDays(STEPS)); // another uncached day
                long t3 = System.nanoTime();
                baseline[i] = (t1 - t0) / 1e3;
                drag[i] = (t2 - t1) / 1e3;
                fresh[i] = (t3 - t2) / 1e3;
                moved[i] = repaint;
                previous = next;
            }
        }
        String p = "changes." + view.name().toLowerCase(java.util.Locale.ROOT);
        print(p + ".classes_on_baseline.median", median(baseline), "us");
        print(p + ".between_fresh.median", median(fresh), "us");
        print(p + ".drag_to_one_day.median", median(drag), "us");
        print(p + ".drag_to_one_day.p95", percentile(drag, 0.95), "us");
        print(p + ".drag_over_baseline.ratio", median(drag) / median(baseline), "x");
        print(p + ".countries_to_repaint.mean", Arrays.stream(moved).average().orElse(0), "count");
    }

    private static double median(double[] v) {
        return percentile(v, 0.5);
    }

    private static double percentile(double[] values, double q) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[(int) Math.min(v.length - 1, Math.floor(q * v.length))];
    }

    private static void print(String name, double value, String unit) {
        System.out.printf("%s %.3f %s%n", name, value, unit);
    }
}
