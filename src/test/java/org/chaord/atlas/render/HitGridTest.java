package org.chaord.atlas.render;

import org.chaord.atlas.geo.MapProjection;
import org.chaord.atlas.geo.ProjectionKind;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The grid picks the same country a click would by testing every shape, everywhere on the map. */
class HitGridTest {

    /** The answer without any index: every shape tested, the smallest containing the point wins. */
    private static String everyShape(ProjectedWorld world, double x, double y) {
        ProjectedShape best = null;
        for (ProjectedShape s : world.shapes().values()) {
            if (s.contains(x, y) && (best == null || s.area() < best.area())) {
                best = s;
            }
        }
        return best == null ? null : best.iso3();
    }

    private static void agreesAt(ProjectedWorld world, Envelope area, int points) {
        Random random = new Random(7);
        int land = 0;
        for (int i = 0; i < points; i++) {
            double x = area.getMinX() + random.nextDouble() * area.getWidth();
            double y = area.getMinY() + random.nextDouble() * area.getHeight();
            ProjectedShape found = world.shapeAt(x, y);
            assertEquals(everyShape(world, x, y), found == null ? null : found.iso3(), "at " + x + ", " + y);
            land += found == null ? 0 : 1;
        }
        assertTrue(land > points / 10, "some points fell on land: " + land);
    }

    @Test
    void theWholeWorldAgrees() {
        ProjectedWorld world = BundledWorld.get();
        agreesAt(world, world.bounds(), 20_000);
    }

    @Test
    void europeAgreesPointByPoint() {
        ProjectedWorld world = BundledWorld.get();
        // dense sampling: many points fall near borders and coasts, where the grid must ask the polygon itself
        agreesAt(world, RegionPreset.EUROPE.projected(world.projection()), 20_000);
    }

    @Test
    void anEnclaveWinsOverTheCountryAroundIt() {
        ProjectedWorld world = BundledWorld.get();
        for (String[] enclave : new String[][] {{"LSO", "ZAF"}, {"SMR", "ITA"}}) {
            ProjectedShape inner = world.shape(enclave[0]);
            assertTrue(world.shape(enclave[1]).envelope().contains(inner.envelope()), enclave[0]);
            assertEquals(enclave[0], world.shapeAt(inner.labelPoint().x, inner.labelPoint().y).iso3());
        }
    }

    @Test
    void anotherProjectionHasItsOwnGrid() {
        ProjectedWorld robinson = ProjectedWorld.build(org.chaord.atlas.export.BundledData.get().shapes(),
                MapProjection.of(ProjectionKind.WINKEL_TRIPEL));
        agreesAt(robinson, robinson.bounds(), 5_000);
    }
}
