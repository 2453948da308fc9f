package org.chaord.atlas.ui.timeline;

import javafx.beans.Observable;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.ui.AtlasViewModel;
import org.chaord.atlas.ui.internal.Subscriptions;

import java.time.LocalDate;

/** The strip above the slider: a tick on each day the current view changes. */
final class TimelineMarks {

    /** The slider thumb's half width: ticks line up with the track. */
    private static final double INSET_PX = 7;
    private final Canvas marks = new Canvas(10, 8);
    private final AtlasViewModel vm;
    private final Slider slider;
    /** Says what the shaded stretch is; its text follows the data's as-of date. */
    private final Tooltip beyond = new Tooltip();

    TimelineMarks(AtlasViewModel vm, Slider slider, Subscriptions listening) {
        this.vm = vm;
        this.slider = slider;
        marks.setId("timeline-marks");
        Tooltip.install(marks, beyond);
        marks.widthProperty().bind(slider.widthProperty());
        for (Observable o : new Observable[] {vm.viewProperty(), vm.dataProperty()}) {
            listening.onInvalid(o, this::paint);
        }
        slider.widthProperty().addListener(x -> paint()); // the slider goes with the marks
    }

    Canvas node() {
        return marks;
    }

    /** Grey, hatched like an uncertain country, over the days after the data's as-of date: the data say nothing of them. */
    private void shadeBeyondAsOf(GraphicsContext g, LocalDate asOf, double w) {
        beyond.setText(asOf == null ? "" : vm.texts().get("timeline.beyondAsOf", vm.texts().date(asOf)));
        if (asOf == null || asOf.toEpochDay() >= slider.getMax()) {
            return;
        }
        double f = Math.max(0, (asOf.toEpochDay() - slider.getMin()) / (slider.getMax() - slider.getMin()));
        double x = INSET_PX + f * w;
        double right = INSET_PX + w;
        double h = marks.getHeight();
        g.save();
        g.beginPath();
        g.rect(x, 0, right - x, h);
        g.clip();
        g.setFill(Color.rgb(128, 128, 128, 0.3));
        g.fillRect(x, 0, right - x, h);
        g.setStroke(Color.rgb(90, 90, 90, 0.7));
        g.setLineWidth(1);
        for (double u = x; u < right + h; u += 4) {
            g.strokeLine(u - h, h, u, 0);
        }
        g.restore();
    }

    private void paint() {
        GraphicsContext g = marks.getGraphicsContext2D();
        g.clearRect(0, 0, marks.getWidth(), marks.getHeight());
        Atlas atlas = vm.atlas();
        if (atlas == null || marks.getWidth() <= 20) {
            return;
        }
        double w = marks.getWidth() - 2 * INSET_PX;
        shadeBeyondAsOf(g, atlas.dataAsOf(), w);
        g.setStroke(Color.web("#e07b00"));
        g.setLineWidth(1);
        for (LocalDate d : atlas.history().changeDays(vm.view())) {
            double f = (d.toEpochDay() - slider.getMin()) / (slider.getMax() - slider.getMin());
            if (f >= 0 && f <= 1) {
                double x = Math.round(INSET_PX + f * w) + 0.5;
                g.strokeLine(x, 1, x, marks.getHeight());
            }
        }
    }
}
