package org.chaord.atlas.render;

import org.chaord.atlas.model.StatusEvent;
import org.chaord.atlas.model.StatusStory;

import java.time.LocalDate;

/**
 * Where a sparkline's parts sit in a width × height box: the band strip, the row of event marks above it, the year
 * labels below, and the time scale (from at the left, to at the right; time runs left to right in every language,
 * like the chart's axis).
 */
public record SparklineFrame(double left, double right, double markY, double bandTop, double bandBottom,
                             double labelY, LocalDate from, LocalDate to) {

    /** A mark's radius, and how far from it a pointer still picks it. */
    public static final double MARK_RADIUS = 3.5;
    public static final double PICK_DISTANCE = 5;

    public static SparklineFrame of(StatusStory story, double width, double height) {
        double pad = MARK_RADIUS + 1;
        return new SparklineFrame(pad, Math.max(pad + 1, width - pad), pad, height * 0.30, height * 0.66,
                height - 2, story.from(), story.to());
    }

    public double x(LocalDate day) {
        long span = Math.max(1, to.toEpochDay() - from.toEpochDay());
        return left + (right - left) * (day.toEpochDay() - from.toEpochDay()) / span;
    }

    /** The event whose mark is nearest to {@code px} within {@link #PICK_DISTANCE}, or null. */
    public StatusEvent eventAt(StatusStory story, double px) {
        StatusEvent best = null;
        double bestDistance = PICK_DISTANCE;
        for (StatusEvent e : story.events()) {
            double d = Math.abs(x(e.effectiveDate()) - px);
            if (d <= bestDistance) {
                best = e;
                bestDistance = d;
            }
        }
        return best;
    }
}
