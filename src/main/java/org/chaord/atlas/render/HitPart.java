package org.chaord.atlas.render;

import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/** One polygon of a country for {@link HitGrid}: its bounds, and its point-in-area locator built on first use. */
final class HitPart {

    private final ProjectedShape owner;
    private final Polygon polygon;
    private final Envelope envelope;
    private volatile IndexedPointInAreaLocator locator;

    HitPart(ProjectedShape owner, Polygon polygon) {
        this.owner = owner;
        this.polygon = polygon;
        this.envelope = polygon.getEnvelopeInternal();
    }

    ProjectedShape owner() {
        return owner;
    }

    Polygon polygon() {
        return polygon;
    }

    Envelope envelope() {
        return envelope;
    }

    /** True when (x, y) lies inside the polygon or on its edge. */
    boolean locate(double x, double y) {
        IndexedPointInAreaLocator l = locator;
        if (l == null) {
            l = new IndexedPointInAreaLocator(polygon); // a benign race: two threads would build equal locators
            locator = l;
        }
        return l.locate(new Coordinate(x, y)) != Location.EXTERIOR;
    }
}
