package org.chaord.atlas.ui.map;

import javafx.scene.Node;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import org.chaord.atlas.ui.MapExtent;

/** The wheel and the pinch zoom about the point under the pointer. */
final class ZoomTool {

    /** Zoom per wheel unit: a notch (40 units) zooms by about 6 %. */
    private static final double WHEEL_BASE = 1.0015;
    private final MapExtent extent;

    ZoomTool(MapExtent extent) {
        this.extent = extent;
    }

    void install(Node target) {
        target.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                extent.zoomAt(Math.pow(WHEEL_BASE, e.getDeltaY()), e.getX(), e.getY());
            }
        });
        target.addEventHandler(ZoomEvent.ZOOM, e -> extent.zoomAt(e.getZoomFactor(), e.getX(), e.getY()));
    }
}
