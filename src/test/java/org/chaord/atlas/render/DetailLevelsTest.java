package org.chaord.atlas.render;

import org.chaord.atlas.data.LoadProblem;
import org.chaord.atlas.data.MapReader;
import org.chaord.atlas.geo.MapProjection;
import org.chaord.atlas.geo.ProjectionKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 1:10m at Europe zoom draws far fewer points, and no outline moves by more than the level's half pixel. */
class DetailLevelsTest {

    private static ProjectedWorld detail;
    private static Viewport europe;

    @BeforeAll
    static void load() {
        List<LoadProblem> problems = new ArrayList<>();
        detail = ProjectedWorld.build(MapReader.read(Path.of("maps/countries-10m.geojson"), problems),
                MapProjection.of(ProjectionKind.EQUAL_EARTH));
        assertTrue(problems.isEmpty(), problems.toString());
        europe = Viewport.fit(RegionPreset.EUROPE.projected(detail.projection()), 0, 0, 1200, 800, 10);
    }

    private static long verticesInEurope(int level) {
        long n = 0;
        for (ProjectedShape s : detail.shapes().values()) {
            if (s.envelope().intersects(europe.visibleWorld())) {
                for (float[] ring : s.rings(level)) {
                    n += ring.length / 2;
                }
            }
        }
        return n;
    }

    @Test
    void europeZoomDrawsAtMostAFifthOfTheFullDetail() {
        int level = ProjectedWorld.screenLevelFor(europe.scale());
        assertTrue(level > 0, "a simplified level at Europe zoom");
        assertTrue(ProjectedWorld.TOLERANCES[level] * europe.scale() <= 0.6, "within about half a pixel");
        long full = verticesInEurope(0);
        long drawn = verticesInEurope(level);
        assertTrue(drawn * 5 < full, drawn + " of " + full);
    }

    /** Points the painter sends to the canvas for Europe's view (after its own drop of sub-third-pixel steps). */
    private static long pointsToTheCanvas(int level) {
        MeasuringSurface counting = new MeasuringSurface();
        for (ProjectedShape s : detail.shapes().values()) {
            if (s.envelope().intersects(europe.visibleWorld())) {
                ScenePainter.path(counting, europe, s.rings(level));
            }
        }
        return counting.pathPoints;
    }

    @Test
    void theCanvasGetsAtMostAThirdOfThePointsAtEuropeZoom() {
        long full = pointsToTheCanvas(0);
        long drawn = pointsToTheCanvas(ProjectedWorld.screenLevelFor(europe.scale()));
        assertTrue(drawn * 3 < full, drawn + " of " + full);
    }

    @Test
    void luxembourgsOutlineStaysWithinTheToleranceEverywhere() {
        int level = ProjectedWorld.screenLevelFor(europe.scale());
        for (String iso3 : new String[] {"LUX", "BEL", "NLD", "FRA", "NOR"}) {
            ProjectedShape s = detail.shape(iso3);
            float[][] full = s.rings(0);
            float[][] simple = s.rings(level);
            assertEquals(full.length, simple.length, iso3 + ": no ring dropped");
            for (int r = 0; r < full.length; r++) {
                assertTrue(maxDistance(full[r], simple[r]) <= ProjectedWorld.TOLERANCES[level] * 1.000001, iso3 + " ring " + r);
            }
        }
        assertTrue(detail.shape("LUX").rings(level)[0].length / 2 >= 12, "Luxembourg keeps a shape, not a box");
    }

    @Test
    void aTinyIslandStaysATriangleNotNothing() {
        float[] islet = {0, 0, 1e-6f, 0, 1e-6f, 1e-6f, 0.5e-6f, 1.2e-6f, 0, 1e-6f, 0, 0};
        float[] kept = RingSimplifier.simplify(islet, 0.001);
        assertEquals(8, kept.length, "three corners and the closing point");
        Envelope bounds = new Envelope();
        for (int i = 0; i < kept.length; i += 2) {
            bounds.expandToInclude(kept[i], kept[i + 1]);
        }
        assertTrue(bounds.getArea() > 0, "it covers some ground");
    }

    /** The largest distance from a full-detail vertex to the simplified ring's outline. */
    private static double maxDistance(float[] full, float[] simple) {
        double worst = 0;
        for (int i = 0; i < full.length; i += 2) {
            double best = Double.MAX_VALUE;
            for (int j = 0; j + 3 < simple.length; j += 2) {
                best = Math.min(best, segment(full[i], full[i + 1], simple[j], simple[j + 1], simple[j + 2], simple[j + 3]));
            }
            worst = Math.max(worst, best);
        }
        return worst;
    }

    private static double segment(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
        return Math.hypot(px - ax - t * dx, py - ay - t * dy);
    }
}
