package org.chaord.atlas.render;

import java.util.Arrays;

/**
 * Diagonal hatching inside a country's rings, as plain line segments: the one painter strokes them on every surface
 * (screen, PNG, SVG, PDF), so no surface needs a pattern fill or a clip to a path. Lines run at 45° ("/" on screen);
 * each line is cut where it crosses the rings and kept inside by the even-odd rule, so holes stay open like fills.
 */
final class Hatching {

    private Hatching() {
    }

    /**
     * Adds the segments of lines {@code x + y = c} ({@code c} a multiple of {@code spacing}) inside the rings to the
     * current path. Rings are in world coordinates, flat x,y pairs, as {@link ProjectedShape#rings} gives them;
     * lines are spaced in screen pixels.
     */
    static void addLines(PaintSurface s, Viewport v, float[][] rings, double spacing) {
        double[][] screen = new double[rings.length][];
        for (int r = 0; r < rings.length; r++) {
            float[] ring = rings[r];
            double[] out = new double[ring.length];
            for (int i = 0; i + 1 < ring.length; i += 2) {
                out[i] = v.screenX(ring[i]);
                out[i + 1] = v.screenY(ring[i + 1]);
            }
            screen[r] = out;
        }
        addScreenLines(s, screen, spacing);
    }

    /** The same for rings already in the surface's pixels (a legend swatch). */
    static void addScreenLines(PaintSurface s, double[][] rings, double spacing) {
        int edges = 0;
        for (double[] ring : rings) {
            edges += ring.length / 2;
        }
        // Every edge once: x1, y1, x2, y2; u = x + y is constant along a hatching line.
        double[] e = new double[edges * 4];
        double minU = Double.POSITIVE_INFINITY;
        double maxU = Double.NEGATIVE_INFINITY;
        int n = 0;
        for (double[] ring : rings) {
            int points = ring.length / 2;
            for (int i = 0; i < points; i++) {
                int j = (i + 1) % points;
                e[n++] = ring[2 * i];
                e[n++] = ring[2 * i + 1];
                e[n++] = ring[2 * j];
                e[n++] = ring[2 * j + 1];
                minU = Math.min(minU, e[n - 4] + e[n - 3]);
                maxU = Math.max(maxU, e[n - 4] + e[n - 3]);
            }
        }
        double[] crossings = new double[16];
        for (double c = Math.ceil(minU / spacing) * spacing; c <= maxU; c += spacing) {
            int count = 0;
            for (int k = 0; k < n; k += 4) {
                double u1 = e[k] + e[k + 1];
                double u2 = e[k + 2] + e[k + 3];
                if ((u1 <= c) != (u2 <= c)) { // half-open: a vertex on the line counts once
                    if (count == crossings.length) {
                        crossings = Arrays.copyOf(crossings, count * 2);
                    }
                    crossings[count++] = e[k] + (c - u1) / (u2 - u1) * (e[k + 2] - e[k]);
                }
            }
            Arrays.sort(crossings, 0, count);
            for (int i = 0; i + 1 < count; i += 2) {
                if (crossings[i + 1] - crossings[i] < 1e-9) {
                    continue; // the line only touches a corner
                }
                s.moveTo(crossings[i], c - crossings[i]);
                s.lineTo(crossings[i + 1], c - crossings[i + 1]);
            }
        }
    }
}
