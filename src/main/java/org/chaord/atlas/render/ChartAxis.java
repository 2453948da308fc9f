package org.chaord.atlas.render;

import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.model.PartialDate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Tick positions and labels of a chart's axes: round counts, and years or months that fit the width. */
final class ChartAxis {

    /** A tick: its value (a count, or days since the epoch) and its label. */
    record Tick(double value, String label) {
    }

    private ChartAxis() {
    }

    /** The top of the count scale: the smallest "nice" number (1, 2, 5 × 10^n steps) at or above {@code max}. */
    static int niceTop(int max) {
        int step = countStep(max);
        return Math.max(step, (int) Math.ceil(max / (double) step) * step);
    }

    static int countStep(int max) {
        int target = Math.max(1, max) / 5;
        for (int base = 1; ; base *= 10) {
            for (int m : new int[] {1, 2, 5}) {
                if (m * base >= target) {
                    return m * base;
                }
            }
        }
    }

    static List<Tick> countTicks(int top) {
        int step = countStep(top);
        List<Tick> ticks = new ArrayList<>();
        for (int v = 0; v <= top; v += step) {
            ticks.add(new Tick(v, Integer.toString(v)));
        }
        return ticks;
    }

    /** Year ticks (every 1, 2, 5 or 10 years) over long ranges, month ticks (1, 2, 3 or 6) over short ones. */
    static List<Tick> dateTicks(LocalDate from, LocalDate to, int maxTicks, Texts t) {
        List<Tick> ticks = new ArrayList<>();
        long months = ChronoUnit.MONTHS.between(from, to);
        if (months > 36) {
            int years = to.getYear() - from.getYear();
            int every = pick(years, maxTicks, 1, 2, 5, 10, 20);
            for (int y = (from.getYear() + every - 1) / every * every; y <= to.getYear(); y += every) {
                LocalDate day = LocalDate.of(y, 1, 1);
                if (!day.isBefore(from)) {
                    ticks.add(new Tick(day.toEpochDay(), Integer.toString(y)));
                }
            }
            return ticks;
        }
        int every = pick((int) months + 1, maxTicks, 1, 2, 3, 6, 12);
        LocalDate day = from.withDayOfMonth(1);
        if (day.isBefore(from)) {
            day = day.plusMonths(1);
        }
        while ((day.getMonthValue() - 1) % every != 0) {
            day = day.plusMonths(1);
        }
        for (; !day.isAfter(to); day = day.plusMonths(every)) {
            ticks.add(new Tick(day.toEpochDay(), t.partialDate(new PartialDate(day.getYear(), day.getMonthValue(), 0))));
        }
        return ticks;
    }

    private static int pick(int span, int maxTicks, int... steps) {
        for (int s : steps) {
            if (span / s + 1 <= maxTicks) {
                return s;
            }
        }
        return steps[steps.length - 1];
    }
}
