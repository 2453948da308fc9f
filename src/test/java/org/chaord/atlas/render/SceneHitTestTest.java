package org.chaord.atlas.render;

import org.chaord.atlas.export.BundledData;
import org.chaord.atlas.model.View;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which country a click picks, on the bundled world map at the size of a laptop window. */
class SceneHitTestTest {

    private static MapScene scene() {
        ProjectedWorld world = BundledWorld.get();
        Viewport v = Viewport.fit(world.bounds(), 0, 0, 1200, 640, 12);
        SceneRequest request = new SceneRequest(MapFrame.of(View.UNCC, LocalDate.of(2026, 11, 28)), v, Highlights.NONE);
        return SceneComposer.compose(BundledData.get().atlas(), world, request, 1.0);
    }

    private static double[] screenOf(MapScene scene, String iso3) {
        ProjectedShape s = scene.world().shape(iso3);
        return new double[] {scene.viewport().screenX(s.labelPoint().x), scene.viewport().screenY(s.labelPoint().y)};
    }

    @Test
    void aPointInBrazilIsBrazil() {
        MapScene scene = scene();
        double[] p = screenOf(scene, "BRA");
        assertEquals("BRA", SceneHitTest.countryAt(scene, p[0], p[1]));
    }

    @Test
    void aPointInTheSeaIsNoCountry() {
        MapScene scene = scene();
        // the South Pacific between New Zealand and Chile, far from any island
        double[] xy = new double[2];
        scene.world().projection().project(-120, -45, xy);
        assertNull(SceneHitTest.countryAt(scene, scene.viewport().screenX(xy[0]), scene.viewport().screenY(xy[1])));
    }

    @Test
    void aMicrostateMarkerWinsOverTheCountryAroundIt() {
        MapScene scene = scene();
        SceneCountry sanMarino = scene.countries().stream().filter(c -> c.iso3().equals("SMR")).findFirst().orElseThrow();
        assertTrue(sanMarino.marker(), "San Marino is drawn as a marker at world scale");
        double[] p = screenOf(scene, "SMR");
        assertEquals("SMR", SceneHitTest.countryAt(scene, p[0], p[1]));
        // a few pixels inland of its centre, still on the drawn marker, over Italy
        ProjectedShape below = scene.world().shapeAt(scene.viewport().worldX(p[0] - 3), scene.viewport().worldY(p[1]));
        assertEquals("ITA", below == null ? null : below.iso3());
        assertEquals("SMR", SceneHitTest.countryAt(scene, p[0] - 3, p[1]));
        // well off the marker (Basilicata, in the south), Italy is Italy
        double[] xy = new double[2];
        scene.world().projection().project(16.0, 40.5, xy);
        assertEquals("ITA", SceneHitTest.countryAt(scene, scene.viewport().screenX(xy[0]), scene.viewport().screenY(xy[1])));
    }

    @Test
    void nothingPaintedNothingHit() {
        assertNull(SceneHitTest.countryAt(null, 10, 10));
    }
}
