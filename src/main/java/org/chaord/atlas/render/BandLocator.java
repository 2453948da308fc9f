package org.chaord.atlas.render;

import org.locationtech.jts.algorithm.RayCrossingCounter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * Point in polygon for one part through horizontal bands of its edges: a rightward ray from the point crosses only
 * edges whose y-range holds the point's y, and all of those are listed in the point's band. Each listed edge is
 * counted by JTS's {@link RayCrossingCounter} (robust orientation, boundary counts as inside), as JTS's indexed
 * locator counts them, so the answer is the same; but the index is an int per edge and band over the ring's own
 * coordinate arrays, where JTS's holds a Coordinate, a segment and tree nodes per edge (~130 bytes).
 */
final class BandLocator {

    private final CoordinateSequence[] rings;
    private final double minY;
    private final double bandHeight;
    private final int bands;
    /** Edges are numbered ring after ring; ring r's first edge is number {@code ringFirst[r]}. */
    private final int[] ringFirst;
    /** Band b's edges are {@code edges[bandStart[b] .. bandStart[b + 1])}. */
    private final int[] bandStart;
    private final int[] edges;

    BandLocator(Polygon polygon) {
        rings = new CoordinateSequence[polygon.getNumInteriorRing() + 1];
        rings[0] = polygon.getExteriorRing().getCoordinateSequence();
        for (int h = 1; h < rings.length; h++) {
            rings[h] = polygon.getInteriorRingN(h - 1).getCoordinateSequence();
        }
        int n = 0;
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (CoordinateSequence r : rings) {
            n += Math.max(0, r.size() - 1);
            for (int i = 0; i < r.size(); i++) {
                lo = Math.min(lo, r.getY(i));
                hi = Math.max(hi, r.getY(i));
            }
        }
        minY = lo;
        // ~2√n bands: few edges per band, and a coast's many small vertical steps rarely span several bands
        bands = Math.max(1, Math.min(4096, (int) (2 * Math.sqrt(n))));
        bandHeight = hi > lo ? (hi - lo) / bands : 1;
        ringFirst = new int[rings.length];
        for (int r = 1; r < rings.length; r++) {
            ringFirst[r] = ringFirst[r - 1] + Math.max(0, rings[r - 1].size() - 1);
        }
        bandStart = new int[bands + 1];
        for (CoordinateSequence ring : rings) { // count each band's edges
            for (int i = 0; i + 1 < ring.size(); i++) {
                for (int b = lowBand(ring, i); b <= highBand(ring, i); b++) {
                    bandStart[b + 1]++;
                }
            }
        }
        for (int b = 0; b < bands; b++) {
            bandStart[b + 1] += bandStart[b];
        }
        edges = new int[bandStart[bands]];
        int[] next = bandStart.clone();
        for (int r = 0; r < rings.length; r++) { // then list them
            for (int i = 0; i + 1 < rings[r].size(); i++) {
                for (int b = lowBand(rings[r], i); b <= highBand(rings[r], i); b++) {
                    edges[next[b]++] = ringFirst[r] + i;
                }
            }
        }
    }

    private int lowBand(CoordinateSequence ring, int i) {
        return band(Math.min(ring.getY(i), ring.getY(i + 1)));
    }

    private int highBand(CoordinateSequence ring, int i) {
        return band(Math.max(ring.getY(i), ring.getY(i + 1)));
    }

    private int band(double y) {
        return Math.max(0, Math.min(bands - 1, (int) ((y - minY) / bandHeight)));
    }

    /** True when (x, y) lies inside the polygon or on its edge. */
    boolean locate(double x, double y) {
        int b = (int) Math.floor((y - minY) / bandHeight);
        if (b < 0 || b >= bands) {
            if (b != bands) {
                return false;
            }
            b = bands - 1; // the top edge itself
        }
        Coordinate p = new Coordinate(x, y);
        Coordinate p1 = new Coordinate();
        Coordinate p2 = new Coordinate();
        RayCrossingCounter counter = new RayCrossingCounter(p);
        for (int e = bandStart[b]; e < bandStart[b + 1]; e++) {
            int r = ringOf(edges[e]);
            CoordinateSequence ring = rings[r];
            int i = edges[e] - ringFirst[r];
            p1.x = ring.getX(i);
            p1.y = ring.getY(i);
            p2.x = ring.getX(i + 1);
            p2.y = ring.getY(i + 1);
            counter.countSegment(p1, p2);
            if (counter.isOnSegment()) {
                return true;
            }
        }
        return counter.getLocation() != Location.EXTERIOR;
    }

    private int ringOf(int edge) {
        int r = 0;
        while (r + 1 < ringFirst.length && ringFirst[r + 1] <= edge) {
            r++; // a part has one shell and rarely more than a few holes
        }
        return r;
    }
}
