package org.chaord.atlas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.locationtech.proj4j.ProjCoordinate;

class NaturalEarthProjectionTest {

    private final NaturalEarthProjection projection = new NaturalEarthProjection();

    /** PROJ: echo 10 50 | proj +proj=natearth +R=1 → 0.133153 0.879007 (value given in DESIGN.md). */
    @Test
    void matchesProjReferenceOnTheUnitSphere() {
        ProjCoordinate out = projection.project(Math.toRadians(10), Math.toRadians(50), new ProjCoordinate());
        assertEquals(0.133153, out.x, 1e-6);
        assertEquals(0.879007, out.y, 1e-6);

        double[] xy = new double[2];
        MapProjection.of(ProjectionKind.NATURAL_EARTH).project(10, 50, xy);
        assertEquals(0.133153, xy[0], 1e-6);
        assertEquals(0.879007, xy[1], 1e-6);
    }

    /** At the equator the polynomials reduce to x = 0.8707·λ, y = 0. */
    @Test
    void equatorScaleIsTheLeadingCoefficient() {
        ProjCoordinate out = projection.project(Math.PI, 0, new ProjCoordinate());
        assertEquals(0.8707 * Math.PI, out.x, 1e-12);
        assertEquals(0, out.y, 0);
    }

    @Test
    void inverseRoundTripsTheWholeGlobe() {
        ProjCoordinate xy = new ProjCoordinate();
        ProjCoordinate back = new ProjCoordinate();
        for (int lat = -90; lat <= 90; lat += 5) {
            for (int lon = -180; lon <= 180; lon += 15) {
                projection.project(Math.toRadians(lon), Math.toRadians(lat), xy);
                projection.projectInverse(xy.x, xy.y, back);
                assertEquals(lat, Math.toDegrees(back.y), 1e-9, "lat at " + lon + "," + lat);
                assertEquals(lon, Math.toDegrees(back.x), 1e-9, "lon at " + lon + "," + lat);
            }
        }
    }

    @Test
    void inverseAbovePoleLineClampsToThePole() {
        ProjCoordinate back = projection.projectInverse(0.2, 5.0, new ProjCoordinate());
        assertFalse(Double.isNaN(back.x) || Double.isNaN(back.y));
        assertEquals(90, Math.toDegrees(back.y), 1e-9);
    }

    @Test
    void isACompromiseProjection() {
        assertFalse(projection.isEqualArea());
        assertTrue(projection.hasInverse());
        assertEquals("Natural Earth I", projection.toString());
    }
}
