package org.chaord.atlas.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where the legend goes on a map zoomed to Europe, where every corner shows some land. */
class LegendPlacerTest {

    private static final double MARGIN = 12;

    @Test
    void aLegendThatFitsNoSeaHidesTheLeastLand() {
        ProjectedWorld world = BundledWorld.get();
        Viewport v = Viewport.fit(RegionPreset.EUROPE.projected(world.projection()), 0, 0, 1520, 855, 12);
        double w = 365;
        double h = 260;
        for (boolean rtl : new boolean[] {false, true}) {
            LegendSpot spot = LegendPlacer.place(world, v, w, h, MARGIN, rtl);
            assertTrue(spot.coversLand(), "no free sea for a box this wide at Europe zoom");
            double chosen = LegendPlacer.landShare(world, v, spot.x(), spot.y(), w, h);
            // the bottom corner on the reading side (the old fallback) lies over North Africa or Arabia
            double startX = rtl ? v.width() - w - MARGIN : MARGIN;
            double startCorner = LegendPlacer.landShare(world, v, startX, v.height() - h - MARGIN, w, h);
            assertTrue(chosen < startCorner / 2, "chosen " + chosen + " vs bottom start corner " + startCorner);
            for (double fx : new double[] {0, 0.5, 1}) {
                for (double fy : new double[] {0, 0.5, 1}) {
                    double x = MARGIN + fx * (v.width() - w - 2 * MARGIN);
                    double y = MARGIN + fy * (v.height() - h - 2 * MARGIN);
                    if (fx != 0.5 || fy != 0.5) {
                        assertTrue(chosen <= LegendPlacer.landShare(world, v, x, y, w, h), "spot " + fx + "," + fy);
                    }
                }
            }
        }
    }
}
