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

    /** Makes x,y sequences of this kind; any sequence with a z or a measure is JTS's own packed float sequence. */
    public static final CoordinateSequenceFactory FACTORY = new Factory();

    public UncachedFloatSequence(float[] xy) {
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

    @Override
    public UncachedFloatSequence copy() {
        return new UncachedFloatSequence(getRawCoordinates().clone());
    }

    private static final class Factory extends PackedCoordinateSequenceFactory {

        Factory() {
            super(PackedCoordinateSequenceFactory.FLOAT);
        }

        @Override
        public CoordinateSequence create(Coordinate[] coordinates) {
            if (coordinates == null || !flat(coordinates)) {
                return super.create(coordinates);
            }
            float[] xy = new float[coordinates.length * 2];
            for (int i = 0; i < coordinates.length; i++) {
                xy[2 * i] = (float) coordinates[i].getX();
                xy[2 * i + 1] = (float) coordinates[i].getY();
            }
            return new UncachedFloatSequence(xy);
        }

        @Override
        public CoordinateSequence create(CoordinateSequence seq) {
            if (seq.getMeasures() != 0 || !flat(seq)) {
                return super.create(seq);
            }
            float[] xy = new float[seq.size() * 2];
            for (int i = 0; i < seq.size(); i++) {
                xy[2 * i] = (float) seq.getX(i);
                xy[2 * i + 1] = (float) seq.getY(i);
            }
            return new UncachedFloatSequence(xy);
        }

        @Override
        public CoordinateSequence create(int size, int dimension) {
            return dimension == 2 ? new UncachedFloatSequence(new float[size * 2]) : super.create(size, dimension);
        }

        @Override
        public CoordinateSequence create(int size, int dimension, int measures) {
            return dimension == 2 && measures == 0 ? new UncachedFloatSequence(new float[size * 2])
                    : super.create(size, dimension, measures);
        }

        /** True when no coordinate has a z: a sequence of three dimensions often has none (JTS's array sequence). */
        private static boolean flat(CoordinateSequence seq) {
            if (seq.getDimension() == 2) {
                return true;
            }
            for (int i = 0; i < seq.size(); i++) {
                if (!java.lang.Double.isNaN(seq.getZ(i))) {
                    return false;
                }
            }
            return true;
        }

        /** True when no coordinate has a z or a measure: x,y holds them all. */
        private static boolean flat(Coordinate[] coordinates) {
            for (Coordinate c : coordinates) {
                if (!java.lang.Double.isNaN(c.getZ()) || !java.lang.Double.isNaN(c.getM())) {
                    return false;
                }
            }
            return true;
        }
    }
}
