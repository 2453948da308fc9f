package org.chaord.atlas.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFactory;
import org.locationtech.jts.geom.impl.PackedCoordinateSequence;
import org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory;

/**
 * A ring's packed x,y array that hands out {@code Coordinate} arrays without keeping them: JTS's packed sequence
 * caches one {@code Coordinate} per vertex behind a soft reference on first request (interior points, label anchors),
 * which kept tens of MB of 1:10m alive after a garbage collection. The map's lon/lat shapes are read into these too
 * ({@link #FACTORY}): 16 bytes a vertex against a {@code Coordinate}'s 44 (ADR 0032).
 */
public final class UncachedPackedSequence extends PackedCoordinateSequence.Double {

    /** Makes x,y sequences of this kind; any other dimension or measure is JTS's own packed sequence. */
    public static final CoordinateSequenceFactory FACTORY = new Factory();

    public UncachedPackedSequence(double[] xy) {
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
    public UncachedPackedSequence copy() {
        return new UncachedPackedSequence(getRawCoordinates().clone());
    }

    private static final class Factory extends PackedCoordinateSequenceFactory {

        Factory() {
            super(PackedCoordinateSequenceFactory.DOUBLE);
        }

        @Override
        public CoordinateSequence create(Coordinate[] coordinates) {
            if (coordinates == null || !flat(coordinates)) {
                return super.create(coordinates);
            }
            double[] xy = new double[coordinates.length * 2];
            for (int i = 0; i < coordinates.length; i++) {
                xy[2 * i] = coordinates[i].getX();
                xy[2 * i + 1] = coordinates[i].getY();
            }
            return new UncachedPackedSequence(xy);
        }

        @Override
        public CoordinateSequence create(CoordinateSequence seq) {
            if (seq.getMeasures() != 0 || !flat(seq)) {
                return super.create(seq);
            }
            double[] xy = new double[seq.size() * 2];
            for (int i = 0; i < seq.size(); i++) {
                xy[2 * i] = seq.getX(i);
                xy[2 * i + 1] = seq.getY(i);
            }
            return new UncachedPackedSequence(xy);
        }

        @Override
        public CoordinateSequence create(int size, int dimension) {
            return dimension == 2 ? new UncachedPackedSequence(new double[size * 2]) : super.create(size, dimension);
        }

        @Override
        public CoordinateSequence create(int size, int dimension, int measures) {
            return dimension == 2 && measures == 0 ? new UncachedPackedSequence(new double[size * 2])
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
