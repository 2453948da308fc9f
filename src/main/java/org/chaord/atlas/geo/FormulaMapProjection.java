package org.chaord.atlas.geo;

import org.locationtech.jts.geom.Envelope;

/**
 * Equal Earth or Natural Earth I through their static, allocation-free formulas (no Proj4J call chain, no
 * scratch objects). Immutable and thread-safe.
 */
final class FormulaMapProjection implements MapProjection {

    private static final double DEG_TO_RAD = Math.PI / 180.0;

    private final ProjectionKind kind;
    private final boolean equalEarth;
    private final Envelope bounds;

    FormulaMapProjection(ProjectionKind kind) {
        if (kind != ProjectionKind.EQUAL_EARTH && kind != ProjectionKind.NATURAL_EARTH) {
            throw new IllegalArgumentException("No built-in formula for " + kind);
        }
        this.kind = kind;
        this.equalEarth = kind == ProjectionKind.EQUAL_EARTH;
        this.bounds = WorldBounds.of(this);
    }

    @Override
    public void project(double lonDeg, double latDeg, double[] out) {
        if (equalEarth) {
            EqualEarthTable.forward(lonDeg * DEG_TO_RAD, latDeg * DEG_TO_RAD, out);
        } else {
            NaturalEarthProjection.forward(lonDeg * DEG_TO_RAD, latDeg * DEG_TO_RAD, out);
        }
    }

    @Override
    public ProjectionKind kind() {
        return kind;
    }

    @Override
    public Envelope worldBounds() {
        return new Envelope(bounds);
    }

    @Override
    public String toString() {
        return "MapProjection[" + kind.id() + "]";
    }
}
