package org.chaord.atlas.ui.map;

import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.chaord.atlas.ui.AtlasViewModel;

import java.util.function.BiFunction;

/** A click (a press and release without a drag) selects the country under the pointer, or clears the selection. */
final class SelectTool {

    /** Pointer travel, in pixels, beyond which a press is a drag and not a click. */
    private static final double CLICK_SLOP_PX = 2;
    private final AtlasViewModel vm;
    private final BiFunction<Double, Double, String> countryAt;
    private double pressX;
    private double pressY;
    private boolean dragged;

    SelectTool(AtlasViewModel vm, BiFunction<Double, Double, String> countryAt) {
        this.vm = vm;
        this.countryAt = countryAt;
    }

    void install(Node target) {
        target.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            pressX = e.getX();
            pressY = e.getY();
            dragged = false;
        });
        target.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (Math.abs(e.getX() - pressX) + Math.abs(e.getY() - pressY) > CLICK_SLOP_PX) {
                dragged = true;
            }
        });
        target.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (!dragged && e.getButton() == MouseButton.PRIMARY) {
                vm.select(countryAt.apply(e.getX(), e.getY()));
            }
        });
    }
}
