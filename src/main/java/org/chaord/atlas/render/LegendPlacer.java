package org.chaord.atlas.render;

import org.locationtech.jts.geom.Envelope;

/**
 * Where a legend box covers no land: open ocean (or the empty page around the globe) chosen for the projection,
 * region and aspect ratio at hand. The corners and edge middles of the map are tried in reading order (bottom
 * start, bottom end, top start, top end, middle start, middle end, bottom middle, top middle); the first whose
 * rectangle meets no country's shape wins. When every one covers land, the caller makes room beside or below the
 * map instead ({@link LegendSpot#coversLand()}); where it cannot (a map zoomed in by hand) it gets the spot that
 * hides the least land.
 */
public final class LegendPlacer {

    private static final double[][] SPOTS = {{0, 1}, {1, 1}, {0, 0}, {1, 0}, {0, 0.5}, {1, 0.5}, {0.5, 1}, {0.5, 0}};

    private static final int SAMPLES_X = 16;
    private static final int SAMPLES_Y = 10;

    private LegendPlacer() {
    }

    /**
     * @param margin pixels kept between the box and the map's edge (and between the box and land)
     * @param rightToLeft reading starts on the right (Arabic): the start side is the right one
     */
    public static LegendSpot place(ProjectedWorld world, Viewport v, double width, double height, double margin,
                                   boolean rightToLeft) {
        LegendSpot free = firstFree(world, v, width, height, margin, rightToLeft);
        return free != null ? free : leastLand(world, v, width, height, margin, rightToLeft);
    }

    /** The first spot in reading order whose box (and margin) shows no land, or null when every one does. */
    public static LegendSpot firstFree(ProjectedWorld world, Viewport v, double width, double height, double margin,
                                       boolean rightToLeft) {
        for (double[] spot : SPOTS) {
            double x = x(spot, v, width, margin, rightToLeft);
            double y = y(spot, v, height, margin);
            if (!coversLand(world, v, x - margin / 2, y - margin / 2, width + margin, height + margin)) {
                return new LegendSpot(x, y, width, height, false);
            }
        }
        return null;
    }

    /** Zoomed in, land everywhere: the spot that hides as little of it as we can. */
    private static LegendSpot leastLand(ProjectedWorld world, Viewport v, double width, double height, double margin,
                                        boolean rightToLeft) {
        LegendSpot least = null;
        double leastLand = Double.POSITIVE_INFINITY;
        for (double[] spot : SPOTS) {
            double x = x(spot, v, width, margin, rightToLeft);
            double y = y(spot, v, height, margin);
            double share = landShare(world, v, x, y, width, height);
            if (share < leastLand) {
                least = new LegendSpot(x, y, width, height, true);
                leastLand = share;
            }
        }
        return least;
    }

    private static double x(double[] spot, Viewport v, double width, double margin, boolean rightToLeft) {
        double fx = rightToLeft ? 1 - spot[0] : spot[0];
        return v.left() + margin + fx * (v.width() - width - 2 * margin);
    }

    private static double y(double[] spot, Viewport v, double height, double margin) {
        return v.top() + margin + spot[1] * (v.height() - height - 2 * margin);
    }

    /** The share of a screen rectangle that shows land, sampled on a grid of 16 × 10 points (hit tests, ~1 µs each). */
    static double landShare(ProjectedWorld world, Viewport v, double x, double y, double w, double h) {
        int land = 0;
        for (int i = 0; i < SAMPLES_X; i++) {
            for (int j = 0; j < SAMPLES_Y; j++) {
                double sx = x + (i + 0.5) * w / SAMPLES_X;
                double sy = y + (j + 0.5) * h / SAMPLES_Y;
                land += world.shapeAt(v.worldX(sx), v.worldY(sy)) != null ? 1 : 0;
            }
        }
        return land / (double) (SAMPLES_X * SAMPLES_Y);
    }

    /** True when a screen rectangle shows any land through this viewport (only its part on the map counts). */
    public static boolean coversLand(ProjectedWorld world, Viewport v, double x, double y, double w, double h) {
        double left = Math.max(x, v.left());
        double top = Math.max(y, v.top());
        double right = Math.min(x + w, v.left() + v.width());
        double bottom = Math.min(y + h, v.top() + v.height());
        if (right <= left || bottom <= top) {
            return false;
        }
        Envelope rect = new Envelope(v.worldX(left), v.worldX(right), v.worldY(bottom), v.worldY(top));
        return world.anyLandIn(rect);
    }
}
