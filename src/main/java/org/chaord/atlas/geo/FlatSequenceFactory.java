package org.chaord.atlas.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory;

import java.util.function.Function;

/**
 * Makes x,y sequences of one packed kind from whatever JTS hands over; any sequence with a z or a measure is JTS's
 * own packed sequence of that kind.
 */
final class FlatSequenceFactory extends PackedCoordinateSequenceFactory {

    private final Function<double[], CoordinateSequence> wrap;

    /** {@code type}: {@link PackedCoordinateSequenceFactory#DOUBLE} or {@code FLOAT}; {@code wrap} takes x,y pairs. */
    FlatSequenceFactory(int type, Function<double[], CoordinateSequence> wrap) {
        super(type);
        this.wrap = wrap;
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
        return wrap.apply(xy);
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
        return wrap.apply(xy);
    }

    @Override
    public CoordinateSequence create(int size, int dimension) {
        return dimension == 2 ? wrap.apply(new double[size * 2]) : super.create(size, dimension);
    }

    @Override
    public CoordinateSequence create(int size, int dimension, int measures) {
        return dimension == 2 && measures == 0 ? wrap.apply(new double[size * 2])
                : super.create(size, dimension, measures);
    }

    /** True when no coordinate has a z: a sequence of three dimensions often has none (JTS's array sequence). */
    private static boolean flat(CoordinateSequence seq) {
        if (seq.getDimension() == 2) {
            return true;
        }
        for (int i = 0; i < seq.size(); i++) {
            if (!Double.isNaN(seq.getZ(i))) {
                return false;
            }
        }
        return true;
    }

    /** True when no coordinate has a z or a measure: x,y holds them all. */
    private static boolean flat(Coordinate[] coordinates) {
        for (Coordinate c : coordinates) {
            if (!Double.isNaN(c.getZ()) || !Double.isNaN(c.getM())) {
                return false;
            }
        }
        return true;
    }
}
