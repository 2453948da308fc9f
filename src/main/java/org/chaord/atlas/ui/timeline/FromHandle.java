package org.chaord.atlas.ui.timeline;

import javafx.beans.Observable;
import javafx.scene.Cursor;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Polygon;
import org.chaord.atlas.ui.AtlasViewModel;
import org.chaord.atlas.ui.compare.CompareModel;
import org.chaord.atlas.ui.internal.Subscriptions;

import java.time.LocalDate;

/**
 * Compare mode's second handle on the timeline: a marker over the track at the From day, dragged along it to move
 * From (the slider's thumb stays To). Shown only in compare mode.
 */
final class FromHandle {

    /** The slider thumb's half width, as in {@link TimelineMarks}: the handle lines up with the track. */
    private static final double INSET_PX = 7;
    private static final double SIZE_PX = 12;
    private final Pane strip = new Pane();
    private final Polygon handle = new Polygon(-6, 0, 6, 0, 0, SIZE_PX);
    private final Tooltip tip = new Tooltip();
    private final AtlasViewModel vm;
    private final Slider slider;

    FromHandle(AtlasViewModel vm, Slider slider, Subscriptions listening) {
        this.vm = vm;
        this.slider = slider;
        CompareModel compare = vm.compare();
        strip.setId("compare-from-handle");
        strip.setMinHeight(SIZE_PX);
        strip.setPrefHeight(SIZE_PX);
        handle.getStyleClass().add("compare-from-handle");
        handle.setFill(Color.web("#1f5fa8")); // not the orange of the event ticks beside it
        handle.setStroke(Color.WHITE);
        handle.setCursor(Cursor.H_RESIZE);
        Tooltip.install(handle, tip);
        strip.getChildren().add(handle);
        strip.visibleProperty().bind(compare.activeProperty());
        strip.managedProperty().bind(compare.activeProperty());
        handle.setOnMouseDragged(e -> compare.setFrom(dayAt(strip.sceneToLocal(e.getSceneX(), e.getSceneY()).getX())));
        strip.setOnMouseClicked(e -> compare.setFrom(dayAt(e.getX())));
        for (Observable o : new Observable[] {compare.fromProperty(), compare.activeProperty()}) {
            listening.onInvalid(o, this::place);
        }
        strip.widthProperty().addListener(x -> place()); // the strip goes with the handle
        place();
    }

    Pane node() {
        return strip;
    }

    private double trackWidth() {
        return Math.max(1, strip.getWidth() - 2 * INSET_PX);
    }

    /** The day under an x of the strip, clamped into the timeline. */
    LocalDate dayAt(double x) {
        double f = Math.max(0, Math.min(1, (x - INSET_PX) / trackWidth()));
        return vm.days().clamp(LocalDate.ofEpochDay(Math.round(slider.getMin() + f * (slider.getMax() - slider.getMin()))));
    }

    private void place() {
        LocalDate from = vm.compare().from();
        if (from == null) {
            return;
        }
        double f = (from.toEpochDay() - slider.getMin()) / (slider.getMax() - slider.getMin());
        handle.setLayoutX(INSET_PX + Math.max(0, Math.min(1, f)) * trackWidth());
        tip.setText(vm.texts().get("compare.from") + " " + vm.texts().date(from));
    }
}
