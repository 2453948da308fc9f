package org.chaord.atlas.render;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The banded locator answers as JTS's indexed locator does, inside, outside and on the edge. */
class BandLocatorTest {

    @Test
    void agreesWithJtsAroundEveryPartInEurope() {
        ProjectedWorld world = BundledWorld.get();
        Envelope europe = RegionPreset.EUROPE.projected(world.projection());
        Random random = new Random(11);
        int parts = 0;
        int inside = 0;
        for (ProjectedShape s : world.shapes().values()) {
            for (HitPart part : s.parts()) {
                if (!part.envelope().intersects(europe)) {
                    continue;
                }
                parts++;
                Polygon polygon = part.polygon();
                BandLocator bands = new BandLocator(polygon);
                IndexedPointInAreaLocator jts = new IndexedPointInAreaLocator(polygon);
                Envelope e = part.envelope();
                for (int i = 0; i < 400; i++) {
                    double x = e.getMinX() + random.nextDouble() * e.getWidth();
                    double y = e.getMinY() + random.nextDouble() * e.getHeight();
                    boolean expected = jts.locate(new Coordinate(x, y)) != Location.EXTERIOR;
                    assertEquals(expected, bands.locate(x, y), s.iso3() + " at " + x + ", " + y);
                    inside += expected ? 1 : 0;
                }
                Coordinate vertex = polygon.getExteriorRing().getCoordinateN(0);
                assertTrue(bands.locate(vertex.x, vertex.y), s.iso3() + ": a point on the edge counts as inside");
            }
        }
        assertTrue(parts > 50 && inside > parts * 100, parts + " parts, " + inside + " points inside");
    }
}
