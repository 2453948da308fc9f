package org.chaord.atlas.ui.map;

import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import org.chaord.atlas.ui.MapExtent;

/** Dragging moves the map (and a press takes the keyboard focus, so the presenter's keys work at once). */
final class PanTool {

    private final MapExtent extent;
    private final Runnable focus;
    private double lastX;
    private double lastY;

    PanTool(MapExtent extent, Runnable focus) {
        this.extent = extent;
        this.focus = focus;
    }

    void install(Node target) {
        target.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            focus.run();
            lastX = e.getX();
            lastY = e.getY();
        });
        target.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            extent.pan(e.getX() - lastX, e.getY() - lastY);
            lastX = e.getX();
            lastY = e.getY();
        });
    }
}
