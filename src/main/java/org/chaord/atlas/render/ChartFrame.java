package org.chaord.atlas.render;

import java.time.LocalDate;

/** The plot rectangle of a chart and its scales: days from..to across, counts 0..top upwards. */
public record ChartFrame(double left, double plotTop, double right, double bottom, LocalDate from, LocalDate to, int top) {

    public double x(LocalDate day) {
        long span = Math.max(1, to.toEpochDay() - from.toEpochDay());
        return left + (right - left) * (day.toEpochDay() - from.toEpochDay()) / span;
    }

    public double y(int count) {
        return bottom - (bottom - plotTop) * count / Math.max(1.0, top);
    }

    /** The day under a pointer at {@code px}, clamped to the range (a chart hover asks this). */
    public LocalDate dayAt(double px) {
        double f = Math.max(0, Math.min(1, (px - left) / Math.max(1e-9, right - left)));
        return from.plusDays(Math.round(f * (to.toEpochDay() - from.toEpochDay())));
    }
}
