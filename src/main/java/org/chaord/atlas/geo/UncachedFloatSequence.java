package org.chaord.atlas.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFactory;
import org.locationtech.jts.geom.impl.PackedCoordinateSequence;
import org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory;

/**
 * A ring kept for the session as packed x,y floats, 8 bytes a vertex (ADR 0033): the map's lon/lat shapes and the
 * projected ones alike. A float holds a longitude to 1.5e-5° (under 2 m), far finer than the 1:10m map's own
 * accuracy, and the same double always rounds to the same float, so neighbours still share their borders exactly;
 * projecting and everything computed from the shapes is done in doubles. It hands out {@code Coordinate} arrays
 * without keeping them: JTS's packed sequence caches one {@code Coordinate} per vertex behind a soft reference on
 * first request (interior points, label anchors), which kept tens of MB of 1:10m alive after a collection.
 */
public final class UncachedFloatSequence extends PackedCoordinateSequence.Float {

    /** Makes x,y sequences of this kind; any other dimension or measure is JTS's own packed sequence. */
    public static final CoordinateSequenceFactory FACTORY =
            new FlatSequenceFactory(PackedCoordinateSequenceFactory.FLOAT, UncachedFloatSequence::of);

    public UncachedFloatSequence(float[] xy) {
        super(xy, 2, 0);
    }

    private static CoordinateSequence of(double[] xy) {
        float[] f = new float[xy.length];
        for (int i = 0; i < xy.length; i++) {
            f[i] = (float) xy[i];
        }
        return new UncachedFloatSequence(f);
    }

    @Override
    public Coordinate[] toCoordinateArray() {
        Coordinate[] cs = new Coordinate[size()];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = getCoordinateInternal(i);
        }
        return cs;
    }

    @Override
    public UncachedFloatSequence copy() {
        return new UncachedFloatSequence(getRawCoordinates().clone());
    }
}
