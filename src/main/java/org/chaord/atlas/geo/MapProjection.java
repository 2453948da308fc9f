package org.chaord.atlas.geo;

import org.locationtech.jts.geom.Envelope;

/**
 * A world projection onto the unit sphere: the one projection contract the rest of the atlas uses.
 *
 * <p>Implementations are immutable and thread-safe, and {@link #project} allocates nothing, because the
 * renderer projects ~100k vertices per pass. Output is in radius-1 units, x east and y north positive;
 * scaling to the screen (and flipping y) is the viewport's job.
 */
public interface MapProjection {

    /**
     * Projects one point.
     *
     * @param lonDeg longitude in degrees, expected in [-180, 180] (not wrapped: map data is cut at the antimeridian)
     * @param latDeg latitude in degrees, expected in [-90, 90]
     * @param out    receives x at index 0 and y at index 1; length ≥ 2
     */
    void project(double lonDeg, double latDeg, double[] out);

    /** Which projection this is. */
    ProjectionKind kind();

    /** Bounds of the whole projected world (outline of the graticule); a fresh copy on each call. */
    Envelope worldBounds();

    /** The shared, immutable instance for {@code kind}. */
    static MapProjection of(ProjectionKind kind) {
        return Projections.get(kind);
    }
}
