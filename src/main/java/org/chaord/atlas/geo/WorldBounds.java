package org.chaord.atlas.geo;

import org.locationtech.jts.geom.Envelope;

/** Computes the envelope of a projected world by tracing its outline: the ±180° meridians and the poles. */
final class WorldBounds {

    private WorldBounds() {
    }

    static Envelope of(MapProjection projection) {
        Envelope envelope = new Envelope();
        double[] xy = new double[2];
        // 1° steps: every offered projection is widest at the equator and tallest at the poles,
        // both of which lie on this grid, so the envelope is exact for them.
        for (int lat = -90; lat <= 90; lat++) {
            include(projection, -180, lat, xy, envelope);
            include(projection, 180, lat, xy, envelope);
        }
        for (int lon = -180; lon <= 180; lon++) {
            include(projection, lon, -90, xy, envelope);
            include(projection, lon, 90, xy, envelope);
        }
        return envelope;
    }

    private static void include(MapProjection projection, double lon, double lat, double[] xy, Envelope envelope) {
        projection.project(lon, lat, xy);
        envelope.expandToInclude(xy[0], xy[1]);
    }
}
