package org.chaord.atlas.geo;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.proj4j.ProjCoordinate;
import org.locationtech.proj4j.proj.Projection;

/**
 * A {@link MapProjection} backed by a Proj4J {@link Projection} set up on the unit sphere.
 *
 * <p>Thread-safe: the wrapped projection is never modified after construction, and its forward transform
 * only reads fields; the mutable {@link ProjCoordinate}s are per thread, which keeps {@link #project}
 * free of allocation.
 */
final class Proj4jMapProjection implements MapProjection {

    private static final double DEG_TO_RAD = Math.PI / 180.0;
    private static final ThreadLocal<ProjCoordinate[]> SCRATCH =
            ThreadLocal.withInitial(() -> new ProjCoordinate[] {new ProjCoordinate(), new ProjCoordinate()});

    private final ProjectionKind kind;
    private final Projection projection;
    private final Envelope bounds;

    Proj4jMapProjection(ProjectionKind kind, Projection initialisedProjection) {
        this.kind = kind;
        this.projection = initialisedProjection;
        this.bounds = WorldBounds.of(this);
    }

    @Override
    public void project(double lonDeg, double latDeg, double[] out) {
        ProjCoordinate[] scratch = SCRATCH.get();
        ProjCoordinate in = scratch[0];
        ProjCoordinate result = scratch[1];
        in.x = lonDeg * DEG_TO_RAD;
        in.y = latDeg * DEG_TO_RAD;
        // Public entry point: applies the (unit) scale and zero false origin after the raw transform.
        projection.projectRadians(in, result);
        out[0] = result.x;
        out[1] = result.y;
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
        return "MapProjection[" + kind.id() + " via Proj4J " + projection + "]";
    }
}
