package org.chaord.atlas.render;

import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

import java.util.ArrayList;
import java.util.List;


/**
 * A country projected once: its rings as flat x,y arrays per level of detail (0 = full, then coarser), its bounds,
 * area and a label point, and its polygons with indexed point-in-area locators for hit tests. Coarser levels and locators are
 * built on first use, so start-up pays only for what the first frame draws.
 */
public final class ProjectedShape {

    private final String iso3;
    private final Geometry projected;
    private final float[][][] levels = new float[ProjectedWorld.TOLERANCES.length][][];
    private final Envelope envelope;
    private final double area;
    private final Coordinate labelPoint;
    private volatile List<HitPart> parts;
    private volatile Coordinate nameAnchor;

    ProjectedShape(String iso3, Geometry projected) {
        this.iso3 = iso3;
        this.projected = projected;
        this.envelope = projected.getEnvelopeInternal();
        this.area = projected.getArea();
        this.labelPoint = labelPoint(projected);
    }

    /** The interior point of the largest part: a marker for France sits in France, not in French Guiana. */
    private static Coordinate labelPoint(Geometry g) {
        return largestPart(g).getInteriorPoint().getCoordinate();
    }

    private static Geometry largestPart(Geometry g) {
        Geometry largest = g;
        if (g.getNumGeometries() > 1) {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (largest == g || g.getGeometryN(i).getArea() > largest.getArea()) {
                    largest = g.getGeometryN(i);
                }
            }
        }
        return largest;
    }

    public String iso3() {
        return iso3;
    }

    /**
     * Rings (x0,y0,x1,y1,…) at a level of detail; higher levels are coarser. Level 0 is the projected geometry's own
     * coordinate arrays (shared, not copied): read them, never write.
     */
    public float[][] rings(int level) {
        int l = Math.max(0, Math.min(level, levels.length - 1));
        float[][] rings = levels[l];
        if (rings == null) {
            rings = l == 0 ? ProjectedWorld.rings(projected) : ProjectedWorld.ringsAt(rings(0), l);
            levels[l] = rings; // a benign race: two threads would compute the same arrays
        }
        return rings;
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

    /** True when the two shapes come within {@code distance} projected units of each other (share a border). */
    public boolean isWithin(ProjectedShape other, double distance) {
        Envelope grown = new Envelope(envelope);
        grown.expandBy(distance);
        return grown.intersects(other.envelope)
                && IndexedFacetDistance.isWithinDistance(projected, other.projected, distance);
    }

    /**
     * Where a name has the most room: the centre of the largest circle inside the largest part (its pole of
     * inaccessibility), found once, on first use, to a two-hundredth of the part's size.
     */
    public Coordinate nameAnchor() {
        Coordinate c = nameAnchor;
        if (c == null) {
            Geometry part = largestPart(projected);
            Envelope e = part.getEnvelopeInternal();
            double tolerance = Math.max(e.getWidth(), e.getHeight()) / 200;
            c = tolerance > 0 ? MaximumInscribedCircle.getCenter(part, tolerance).getCoordinate() : labelPoint;
            nameAnchor = c;
        }
        return c;
    }

    /** True when the shape meets the rectangle (JTS tests rectangles against polygons without overlay). */
    public boolean intersects(Envelope rect) {
        return envelope.intersects(rect) && projected.intersects(projected.getFactory().toGeometry(rect));
    }

    public boolean contains(double x, double y) {
        if (!envelope.contains(x, y)) {
            return false;
        }
        for (HitPart p : parts()) {
            if (p.envelope().contains(x, y) && p.locate(x, y)) {
                return true;
            }
        }
        return false;
    }

    /** Its polygons, each with its bounds and locator, shared by {@link #contains} and the world's hit grid. */
    List<HitPart> parts() {
        List<HitPart> p = parts;
        if (p == null) {
            List<HitPart> made = new ArrayList<>();
            for (int i = 0; i < projected.getNumGeometries(); i++) {
                if (projected.getGeometryN(i) instanceof Polygon polygon && !polygon.isEmpty()) {
                    made.add(new HitPart(this, polygon));
                }
            }
            p = List.copyOf(made);
            parts = p; // a benign race: two threads would make equal parts
        }
        return p;
    }
}
