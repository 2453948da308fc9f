package org.chaord.atlas.render;

import java.time.LocalDate;

/** The plot rectangle of a chart and its scales: days from..to across, counts 0..top upwards. */
record ChartFrame(double left, double plotTop, double right, double bottom, LocalDate from, LocalDate to, int top) {

    double x(LocalDate day) {
        long span = Math.max(1, to.toEpochDay() - from.toEpochDay());
        return left + (right - left) * (day.toEpochDay() - from.toEpochDay()) / span;
    }

    double y(int count) {
        return bottom - (bottom - plotTop) * count / Math.max(1.0, top);
    }
}
