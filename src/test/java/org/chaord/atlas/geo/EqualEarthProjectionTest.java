package org.chaord.atlas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.locationtech.proj4j.ProjCoordinate;

class EqualEarthProjectionTest {

    private final EqualEarthProjection projection = new EqualEarthProjection();

    /** PROJ: echo 10 50 | proj +proj=eqearth +R=1 → 0.124035 0.941540 (value given in DESIGN.md). */
    @Test
    void matchesProjReferenceOnTheUnitSphere() {
        ProjCoordinate out = projection.project(Math.toRadians(10), Math.toRadians(50), new ProjCoordinate());
        assertEquals(0.124035, out.x, 1e-6);
        assertEquals(0.941540, out.y, 1e-6);
    }

    @Test
    void mapProjectionGivesTheSameReferenceValue() {
        double[] xy = new double[2];
        MapProjection.of(ProjectionKind.EQUAL_EARTH).project(10, 50, xy);
        assertEquals(0.124035, xy[0], 1e-6);
        assertEquals(0.941540, xy[1], 1e-6);
    }

    @Test
    void lookupTableAgreesWithTheClosedFormEverywhere() {
        double[] table = new double[2];
        double[] exact = new double[2];
        double worst = 0;
        for (int i = -9000; i <= 9000; i++) {
            double phi = Math.toRadians(i / 100.0);
            double lam = Math.toRadians(((i * 37) % 36000) / 100.0 - 180);
            EqualEarthTable.forward(lam, phi, table);
            EqualEarthProjection.forward(lam, phi, exact);
            worst = Math.max(worst, Math.max(Math.abs(table[0] - exact[0]), Math.abs(table[1] - exact[1])));
        }
        assertTrue(worst < 1e-11, "worst deviation " + worst);
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
                if (Math.abs(lat) < 90) { // longitude is undefined at a pole point
                    assertEquals(lon, Math.toDegrees(back.x), 1e-9, "lon at " + lon + "," + lat);
                }
            }
        }
    }

    @Test
    void inverseBeyondThePoleLineStaysDefined() {
        ProjCoordinate back = projection.projectInverse(0.1, 1.5, new ProjCoordinate());
        assertFalse(Double.isNaN(back.x) || Double.isNaN(back.y));
        assertEquals(90, Math.toDegrees(back.y), 1e-9);
    }

    /**
     * Equal-area: a 10°×10° cell at the equator and one at 60–70°N keep the ratio of their sphere areas
     * (Δλ·(sin φ2 − sin φ1)). Cell outlines are densified because meridians are curved.
     */
    @Test
    void preservesAreaRatios() {
        MapProjection ee = MapProjection.of(ProjectionKind.EQUAL_EARTH);
        double equator = projectedArea(ee, 0, 10, 0, 10);
        double north = projectedArea(ee, 0, 10, 60, 70);
        double sphereRatio = (Math.sin(Math.toRadians(10)) - 0)
                / (Math.sin(Math.toRadians(70)) - Math.sin(Math.toRadians(60)));
        assertEquals(sphereRatio, equator / north, sphereRatio * 0.005);
        // On the unit sphere Equal Earth keeps absolute area too.
        double sphereArea = Math.toRadians(10) * Math.sin(Math.toRadians(10));
        assertEquals(sphereArea, equator, sphereArea * 1e-4);
    }

    @Test
    void declaresItselfEqualAreaAndInvertible() {
        assertTrue(projection.isEqualArea());
        assertTrue(projection.hasInverse());
        assertEquals("Equal Earth", projection.toString());
    }

    @Test
    void fastArcSineMatchesMathAsin() {
        for (int i = -100_000; i <= 100_000; i++) {
            double x = i / 100_000.0;
            assertEquals(Math.asin(x), FastAsin.asin(x), 4 * Math.ulp(Math.asin(x)) + Double.MIN_VALUE, "x=" + x);
        }
        assertTrue(Double.isNaN(FastAsin.asin(1.5)));
    }

    /** Shoelace area of the projected cell outline, traced counter-clockwise in 0.1° steps. */
    static double projectedArea(MapProjection p, double lon1, double lon2, double lat1, double lat2) {
        int steps = 100;
        double[] xs = new double[4 * steps];
        double[] ys = new double[4 * steps];
        double[] xy = new double[2];
        int n = 0;
        for (int i = 0; i < steps; i++, n++) { // south edge, west → east
            p.project(lon1 + (lon2 - lon1) * i / steps, lat1, xy);
            xs[n] = xy[0];
            ys[n] = xy[1];
        }
        for (int i = 0; i < steps; i++, n++) { // east edge, south → north
            p.project(lon2, lat1 + (lat2 - lat1) * i / steps, xy);
            xs[n] = xy[0];
            ys[n] = xy[1];
        }
        for (int i = 0; i < steps; i++, n++) { // north edge, east → west
            p.project(lon2 - (lon2 - lon1) * i / steps, lat2, xy);
            xs[n] = xy[0];
            ys[n] = xy[1];
        }
        for (int i = 0; i < steps; i++, n++) { // west edge, north → south
            p.project(lon1, lat2 - (lat2 - lat1) * i / steps, xy);
            xs[n] = xy[0];
            ys[n] = xy[1];
        }
        double twice = 0;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            twice += xs[i] * ys[j] - xs[j] * ys[i];
        }
        return twice / 2;
    }
}
