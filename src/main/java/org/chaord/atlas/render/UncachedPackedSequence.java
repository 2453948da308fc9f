package org.chaord.atlas.render;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.impl.PackedCoordinateSequence;

/**
 * A projected ring's packed x,y array that hands out {@code Coordinate} arrays without keeping them: JTS's packed
 * sequence caches one {@code Coordinate} per vertex behind a soft reference on first request (interior points,
 * label anchors), which kept tens of MB of 1:10m alive after a garbage collection.
 */
final class UncachedPackedSequence extends PackedCoordinateSequence.Double {

    UncachedPackedSequence(double[] xy) {
        super(xy, 2, 0);
    }

    @Override
    public Coordinate[] toCoordinateArray() {
        Coordinate[] cs = new Coordinate[size()];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = getCoordinateInternal(i);
        }
        return cs;
    }
}
