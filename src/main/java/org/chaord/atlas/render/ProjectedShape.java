package org.chaord.atlas.render;

import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;

import java.util.List;

/**
 * A country projected once: its rings as flat x,y arrays per level of detail (0 = full, then coarser), its bounds,
 * area and a label point, and an indexed point-in-area locator for hit tests.
 */
public final class ProjectedShape {

    private final String iso3;
    private final List<double[][]> levels;
    private final Envelope envelope;
    private final double area;
    private final Coordinate labelPoint;
    private final IndexedPointInAreaLocator locator;

    ProjectedShape(String iso3, Geometry projected, List<double[][]> levels) {
        this.iso3 = iso3;
        this.levels = List.copyOf(levels);
        this.envelope = projected.getEnvelopeInternal();
        this.area = projected.getArea();
        this.labelPoint = projected.getInteriorPoint().getCoordinate();
        this.locator = new IndexedPointInAreaLocator(projected);
    }

    public String iso3() {
        return iso3;
    }

    /** Rings (x0,y0,x1,y1,…) at a level of detail; higher levels are coarser. */
    public double[][] rings(int level) {
        return levels.get(Math.min(level, levels.size() - 1));
    }

    public Envelope envelope() {
        return envelope;
    }

    public double area() {
        return area;
    }

    public Coordinate labelPoint() {
        return labelPoint;
    }

    public boolean contains(double x, double y) {
        return envelope.contains(x, y) && locator.locate(new Coordinate(x, y)) != Location.EXTERIOR;
    }
}
