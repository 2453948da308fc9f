package org.chaord.atlas.render;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The world↔screen mapping behind every pan, zoom and fit on the map. */
class ViewportTest {

    private static final Envelope WORLD = new Envelope(-2.6, 2.6, -1.3, 1.3);
    private final Viewport view = Viewport.fit(WORLD, 0, 0, 1000, 500, 10);

    @Test
    void zoomingAboutAPointKeepsThatPointUnderThePointer() {
        double wx = view.worldX(730);
        double wy = view.worldY(120);
        Viewport zoomed = view.zoomedAt(2.5, 730, 120);
        assertEquals(view.scale() * 2.5, zoomed.scale(), 1e-9);
        assertEquals(730, zoomed.screenX(wx), 1e-9);
        assertEquals(120, zoomed.screenY(wy), 1e-9);
        // ... and everything else moves: the centre of the screen now shows a point nearer the pointer's
        assertTrue(Math.abs(zoomed.worldX(500) - wx) < Math.abs(view.worldX(500) - wx));
    }

    @Test
    void panningMovesTheMapWithTheDrag() {
        double wx = view.worldX(400);
        double wy = view.worldY(300);
        Viewport panned = view.panned(35, -20);
        assertEquals(435, panned.screenX(wx), 1e-9);
        assertEquals(280, panned.screenY(wy), 1e-9);
        assertEquals(view.scale(), panned.scale());
    }

    @Test
    void fittingARegionShowsAllOfItAsLargeAsFits() {
        Envelope europe = new Envelope(-0.3, 0.6, 0.6, 1.1); // wider than tall, as the region presets are
        Viewport fitted = Viewport.fit(europe, 0, 0, 800, 600, 12);
        Envelope shown = fitted.visibleWorld();
        assertTrue(shown.contains(europe), shown + " contains " + europe);
        // the limiting side fills the screen less the margins on both sides
        assertEquals(800 - 24, europe.getWidth() * fitted.scale(), 1e-6);
        assertEquals(europe.centre().x, fitted.worldX(400), 1e-9);
        assertEquals(europe.centre().y, fitted.worldY(300), 1e-9);
    }

    @Test
    void worldAndScreenAreInverses() {
        for (double[] p : new double[][] {{0, 0}, {1000, 500}, {123.4, 456.7}}) {
            assertEquals(p[0], view.screenX(view.worldX(p[0])), 1e-9);
            assertEquals(p[1], view.screenY(view.worldY(p[1])), 1e-9);
        }
        assertTrue(view.screenY(1.0) < view.screenY(-1.0), "north is up");
    }

    @Test
    void clampingKeepsTheCentreInTheWorldAndTheScaleInRange() {
        Viewport far = new Viewport(0, 0, 1000, 500, 9, -9, view.scale() * 1000);
        Viewport clamped = far.clampedTo(WORLD, view.scale());
        assertEquals(WORLD.getMaxX(), clamped.centerX());
        assertEquals(WORLD.getMinY(), clamped.centerY());
        assertEquals(view.scale() * Viewport.MAX_SCALE_FACTOR, clamped.scale(), 1e-9);
    }
}
