package org.chaord.atlas.geo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class MapProjectionTest {

    @Test
    void factoryReturnsOneSharedInstancePerKind() {
        for (ProjectionKind kind : ProjectionKind.values()) {
            MapProjection projection = MapProjection.of(kind);
            assertEquals(kind, projection.kind());
            assertSame(projection, MapProjection.of(kind));
        }
        assertThrows(NullPointerException.class, () -> MapProjection.of(null));
    }

    @Test
    void yIsNorthAndXIsEast() {
        double[] xy = new double[2];
        for (ProjectionKind kind : ProjectionKind.values()) {
            MapProjection.of(kind).project(30, 40, xy);
            assertTrue(xy[0] > 0 && xy[1] > 0, kind.id());
            MapProjection.of(kind).project(-30, -40, xy);
            assertTrue(xy[0] < 0 && xy[1] < 0, kind.id());
        }
    }

    /** Equal Earth's frame: x at (180°, 0) and y at the pole, from the closed form (PROJ gives 2.706630, 1.317363). */
    @Test
    void equalEarthWorldBounds() {
        Envelope bounds = MapProjection.of(ProjectionKind.EQUAL_EARTH).worldBounds();
        assertEquals(-2.706630, bounds.getMinX(), 1e-6);
        assertEquals(2.706630, bounds.getMaxX(), 1e-6);
        assertEquals(-1.317363, bounds.getMinY(), 1e-6);
        assertEquals(1.317363, bounds.getMaxY(), 1e-6);
    }

    @Test
    void worldBoundsAreSymmetricAndContainTheGraticule() {
        double[] xy = new double[2];
        for (ProjectionKind kind : ProjectionKind.values()) {
            MapProjection projection = MapProjection.of(kind);
            Envelope bounds = projection.worldBounds();
            assertEquals(-bounds.getMaxX(), bounds.getMinX(), 1e-12, kind.id());
            assertEquals(-bounds.getMaxY(), bounds.getMinY(), 1e-12, kind.id());
            for (int lat = -90; lat <= 90; lat += 3) {
                for (int lon = -180; lon <= 180; lon += 7) {
                    projection.project(lon, lat, xy);
                    assertTrue(bounds.getMinX() - 1e-12 <= xy[0] && xy[0] <= bounds.getMaxX() + 1e-12, kind.id());
                    assertTrue(bounds.getMinY() - 1e-12 <= xy[1] && xy[1] <= bounds.getMaxY() + 1e-12, kind.id());
                }
            }
        }
    }

    @Test
    void worldBoundsCannotBeChangedFromOutside() {
        MapProjection projection = MapProjection.of(ProjectionKind.ROBINSON);
        Envelope first = projection.worldBounds();
        first.expandToInclude(100, 100);
        Envelope second = projection.worldBounds();
        assertNotSame(first, second);
        assertTrue(second.getMaxX() < 100);
    }

    /** Concurrent use from many threads gives exactly the single-threaded results (no shared scratch state). */
    @Test
    void projectIsThreadSafe() {
        for (ProjectionKind kind : ProjectionKind.values()) {
            MapProjection projection = MapProjection.of(kind);
            int n = 20_000;
            double[] expected = new double[2 * n];
            double[] xy = new double[2];
            for (int i = 0; i < n; i++) {
                projection.project(lon(i), lat(i), xy);
                expected[2 * i] = xy[0];
                expected[2 * i + 1] = xy[1];
            }
            double[] actual = new double[2 * n];
            IntStream.range(0, n).parallel().forEach(i -> {
                double[] out = new double[2];
                projection.project(lon(i), lat(i), out);
                actual[2 * i] = out[0];
                actual[2 * i + 1] = out[1];
            });
            assertArrayEquals(expected, actual, kind.id());
        }
    }

    private static double lon(int i) {
        return (i * 7919 % 36000) / 100.0 - 180;
    }

    private static double lat(int i) {
        return (i * 104729 % 18000) / 100.0 - 90;
    }
}
