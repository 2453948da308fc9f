package org.chaord.atlas.ui.timeline;

import javafx.beans.Observable;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Slider;
import javafx.scene.paint.Color;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.ui.AtlasViewModel;

import java.time.LocalDate;

/** The strip above the slider: a tick on each day the current view changes. */
final class TimelineMarks {

    /** The slider thumb's half width: ticks line up with the track. */
    private static final double INSET_PX = 7;
    private final Canvas marks = new Canvas(10, 8);
    private final AtlasViewModel vm;
    private final Slider slider;

    TimelineMarks(AtlasViewModel vm, Slider slider) {
        this.vm = vm;
        this.slider = slider;
        marks.widthProperty().bind(slider.widthProperty());
        for (Observable o : new Observable[] {vm.viewProperty(), vm.dataProperty(), slider.widthProperty()}) {
            o.addListener(x -> paint());
        }
    }

    Canvas node() {
        return marks;
    }

    private void paint() {
        GraphicsContext g = marks.getGraphicsContext2D();
        g.clearRect(0, 0, marks.getWidth(), marks.getHeight());
        Atlas atlas = vm.atlas();
        if (atlas == null || marks.getWidth() <= 20) {
            return;
        }
        double w = marks.getWidth() - 2 * INSET_PX;
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
