package org.chaord.atlas.render;

/**
 * Douglas–Peucker on a closed ring held as x0,y0,x1,y1,… (ADR 0027 §8): no JTS geometry, no Coordinate objects,
 * so simplifying 1:10m in the background costs little time and memory. A ring never vanishes: one that would
 * collapse keeps a triangle of its extreme points (a small island stays a dot on the map, as at full detail).
 * Screen drawing only: the result may touch itself where the ring's parts come closer than the tolerance.
 */
final class RingSimplifier {

    private RingSimplifier() {
    }

    /** The ring with the points that lie within {@code tolerance} of the kept line left out; closed as the input. */
    static float[] simplify(float[] ring, double tolerance) {
        int n = ring.length / 2;
        if (n <= 4 || tolerance <= 0) {
            return ring;
        }
        boolean[] keep = new boolean[n];
        int far = farthestFrom(ring, 0, n);
        keep[0] = true;
        keep[far] = true;
        keep[n - 1] = true;
        int[] stack = new int[2 * n];
        int top = 0;
        stack[top++] = 0;
        stack[top++] = far;
        stack[top++] = far;
        stack[top++] = n - 1;
        double tol2 = tolerance * tolerance;
        while (top > 0) {
            int to = stack[--top];
            int from = stack[--top];
            int worst = -1;
            double worstDist = tol2;
            for (int i = from + 1; i < to; i++) {
                double d = segmentDistance2(ring, i, from, to);
                if (d > worstDist) {
                    worstDist = d;
                    worst = i;
                }
            }
            if (worst >= 0) {
                keep[worst] = true;
                stack[top++] = from;
                stack[top++] = worst;
                stack[top++] = worst;
                stack[top++] = to;
            }
        }
        int kept = 0;
        for (boolean k : keep) {
            kept += k ? 1 : 0;
        }
        if (kept < 4) { // first, farthest and closing point only: add the point farthest from that line
            int third = -1;
            double best = -1;
            for (int i = 1; i < n - 1; i++) {
                double d = i == far ? -1 : segmentDistance2(ring, i, 0, far);
                if (d > best) {
                    best = d;
                    third = i;
                }
            }
            keep[third] = true;
            kept++;
        }
        float[] out = new float[2 * kept];
        int o = 0;
        for (int i = 0; i < n; i++) {
            if (keep[i]) {
                out[o++] = ring[2 * i];
                out[o++] = ring[2 * i + 1];
            }
        }
        return out;
    }

    /** The index of the point farthest from point {@code from} (a closed ring's first and last points coincide). */
    private static int farthestFrom(float[] ring, int from, int n) {
        int far = n / 2;
        double best = -1;
        for (int i = 1; i < n - 1; i++) {
            double dx = ring[2 * i] - ring[2 * from];
            double dy = ring[2 * i + 1] - ring[2 * from + 1];
            double d = dx * dx + dy * dy;
            if (d > best) {
                best = d;
                far = i;
            }
        }
        return far;
    }

    /** Squared distance from point i to the segment from point a to point b. */
    private static double segmentDistance2(float[] ring, int i, int a, int b) {
        double ax = ring[2 * a];
        double ay = ring[2 * a + 1];
        double dx = ring[2 * b] - ax;
        double dy = ring[2 * b + 1] - ay;
        double px = ring[2 * i] - ax;
        double py = ring[2 * i + 1] - ay;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / len2));
        double ex = px - t * dx;
        double ey = py - t * dy;
        return ex * ex + ey * ey;
    }
}
