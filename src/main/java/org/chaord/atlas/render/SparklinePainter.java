package org.chaord.atlas.render;

import org.chaord.atlas.model.StatusBand;
import org.chaord.atlas.model.StatusEvent;
import org.chaord.atlas.model.StatusStory;

import java.time.LocalDate;

/**
 * Paints a state's story under one treaty as a sparkline through the painter contract: its legend class as bands in
 * the palette's colours, each event as a mark (filled when the source gives the day, hollow when the date is
 * approximate), the marked day as a thin line, and the first and last years below.
 */
public final class SparklinePainter {

    private SparklinePainter() {
    }

    public static void paint(StatusStory story, SparklineFrame f, Palette p, LocalDate marked, PaintSurface s) {
        s.beginGroup("bands");
        for (StatusBand b : story.bands()) {
            double x0 = f.x(b.from());
            double x1 = f.x(b.to().plusDays(1));
            s.fillRect(x0, f.bandTop(), Math.max(1, x1 - x0), f.bandBottom() - f.bandTop(), p.fill(b.statusClass()));
        }
        s.strokeRect(f.left(), f.bandTop(), f.right() - f.left(), f.bandBottom() - f.bandTop(), p.border(), 0.6);
        s.endGroup();
        if (marked != null && !marked.isBefore(f.from()) && !marked.isAfter(f.to())) {
            double x = f.x(marked);
            s.fillRect(x - 0.75, f.markY() - SparklineFrame.MARK_RADIUS, 1.5,
                    f.bandBottom() - f.markY() + SparklineFrame.MARK_RADIUS + 2, p.accent());
        }
        s.beginGroup("marks");
        for (StatusEvent e : story.events()) {
            double x = f.x(e.effectiveDate());
            s.fillRect(x - 0.5, f.markY(), 1, f.bandBottom() - f.markY(), p.text());
            if (e.isApproximate()) {
                s.fillCircle(x, f.markY(), SparklineFrame.MARK_RADIUS, p.background());
                s.strokeCircle(x, f.markY(), SparklineFrame.MARK_RADIUS - 0.6, p.text(), 1.2);
            } else {
                s.fillCircle(x, f.markY(), SparklineFrame.MARK_RADIUS, p.text());
            }
        }
        s.endGroup();
        s.beginGroup("years");
        double size = Math.max(8, f.labelY() - f.bandBottom() - 2);
        s.text(Integer.toString(f.from().getYear()), f.left(), f.labelY(), size, false, p.text(), TextAlign.LEFT);
        s.text(Integer.toString(f.to().getYear()), f.right(), f.labelY(), size, false, p.text(), TextAlign.RIGHT);
        s.endGroup();
    }
}
