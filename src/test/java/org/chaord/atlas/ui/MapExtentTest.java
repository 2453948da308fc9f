package org.chaord.atlas.ui;

import org.chaord.atlas.render.Viewport;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The map's visible extent as a model: fit, resize, pan and zoom without a canvas. */
class MapExtentTest {

    private static final Envelope WORLD = new Envelope(-2.6, 2.6, -1.3, 1.3);
    private static final Envelope EUROPE = new Envelope(-0.3, 0.6, 0.6, 1.1);

    @Test
    void thereIsNoViewportWithoutAWorldAndASize() {
        MapExtent extent = new MapExtent();
        extent.resize(800, 400);
        assertNull(extent.viewport());
        extent.showWorld(WORLD);
        assertTrue(extent.viewport().visibleWorld().contains(WORLD));
    }

    @Test
    void aFittedRegionIsShownAgainAfterAResize() {
        MapExtent extent = new MapExtent();
        extent.showWorld(WORLD);
        extent.resize(800, 400);
        extent.fit(EUROPE);
        extent.resize(1400, 1000);
        Viewport v = extent.viewport();
        assertEquals(1400, v.width());
        assertTrue(v.visibleWorld().contains(EUROPE));
        assertEquals((1400 - 2 * MapExtent.MARGIN_PX) / EUROPE.getWidth(), v.scale(), 1e-9);
    }

    @Test
    void panningAndZoomingStayWithinTheWorld() {
        MapExtent extent = new MapExtent();
        extent.showWorld(WORLD);
        extent.resize(1000, 500);
        double fitScale = extent.viewport().scale();
        extent.pan(-1e6, 1e6);
        assertEquals(WORLD.getMaxX(), extent.viewport().centerX(), 1e-9);
        assertEquals(WORLD.getMaxY(), extent.viewport().centerY(), 1e-9);
        for (int i = 0; i < 40; i++) {
            extent.zoom(2);
        }
        assertEquals(fitScale * Viewport.MAX_SCALE_FACTOR, extent.viewport().scale(), 1e-6);
        for (int i = 0; i < 40; i++) {
            extent.zoomAt(0.5, 10, 10);
        }
        assertEquals(fitScale * Viewport.MIN_SCALE_FACTOR, extent.viewport().scale(), 1e-6);
    }

    @Test
    void afterPanningAResizeKeepsTheCentreAndTheVisibleWidth() {
        MapExtent extent = new MapExtent();
        extent.showWorld(WORLD);
        extent.resize(1000, 500);
        extent.pan(100, 0);
        Viewport before = extent.viewport();
        extent.resize(2000, 800);
        Viewport after = extent.viewport();
        assertEquals(before.centerX(), after.centerX(), 1e-9);
        assertEquals(before.visibleWorld().getWidth(), after.visibleWorld().getWidth(), 1e-9);
    }
}
