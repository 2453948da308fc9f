package org.chaord.atlas.render;

import org.chaord.atlas.geo.MapProjection;
import org.chaord.atlas.geo.UncachedFloatSequence;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.impl.PackedCoordinateSequence;
import org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory;
import org.locationtech.jts.index.strtree.STRtree;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * All countries projected once for one projection, with coarser copies for small scales (so a world view does not
 * push 100k vertices), an STRtree for rectangle tests and a grid for point hit tests (built on first use or by
 * {@link #prepareHitTests()}). Built off the UI thread; immutable afterwards.
 */
public final class ProjectedWorld {

    /**
     * Simplification tolerances in projected units per level (level 0 is the full geometry). The finer ones serve
     * 1:10m at region zoom: Europe in a 1200 px window is ~1200 px per unit, where 0.0004 is half a pixel.
     */
    static final double[] TOLERANCES = {0, 0.0001, 0.0002, 0.0004, 0.0008, 0.0025, 0.008};
    private static final double MAX_ERROR_PX = 0.6;
    /** The first level figures may use (0.0008); the finer ones are the screen's. */
    private static final int FIRST_FIGURE_LEVEL = 4;
    private static final GeometryFactory PACKED = new GeometryFactory(PackedCoordinateSequenceFactory.DOUBLE_FACTORY);

    private final MapProjection projection;
    private final Map<String, ProjectedShape> shapes;
    private final List<ProjectedShape> largestFirst;
    private final STRtree index = new STRtree();
    private final float[] outline;
    private final Envelope bounds;
    private volatile HitGrid hitGrid;

    private ProjectedWorld(MapProjection projection, Map<String, ProjectedShape> shapes, float[] outline) {
        this.projection = projection;
        this.shapes = shapes;
        this.largestFirst = shapes.values().stream()
                .sorted(Comparator.comparingDouble(ProjectedShape::area).reversed()).toList();
        shapes.values().forEach(s -> index.insert(s.envelope(), s));
        index.build();
        this.outline = outline;
        Envelope b = new Envelope();
        for (int i = 0; i < outline.length; i += 2) {
            b.expandToInclude(outline[i], outline[i + 1]);
        }
        this.bounds = b;
    }

    public static ProjectedWorld build(Map<String, Geometry> lonLatShapes, MapProjection projection) {
        // Countries are independent: project them on all cores, keep the input order.
        List<ProjectedShape> projected = lonLatShapes.entrySet().parallelStream()
                .map(e -> new ProjectedShape(e.getKey(), project(e.getValue(), projection))).toList();
        Map<String, ProjectedShape> shapes = new LinkedHashMap<>();
        projected.forEach(s -> shapes.put(s.iso3(), s));
        return new ProjectedWorld(projection, shapes, projectOutline(projection));
    }

    /**
     * One country projected, for a world built shape by shape ({@link #of}) while its map is read: the lon/lat
     * shape can go as soon as it is projected (1:10m would otherwise be held twice while it loads).
     */
    public static ProjectedShape projectShape(String iso3, Geometry lonLat, MapProjection projection) {
        return new ProjectedShape(iso3, project(lonLat, projection));
    }

    /** The world of shapes made by {@link #projectShape} in this projection, in the map's order. */
    public static ProjectedWorld of(Map<String, ProjectedShape> shapes, MapProjection projection) {
        return new ProjectedWorld(projection, new LinkedHashMap<>(shapes), projectOutline(projection));
    }

    /** The full-detail rings simplified for a level of detail, ring by ring (level 0: the rings themselves). */
    static float[][] ringsAt(float[][] full, int level) {
        if (level == 0) {
            return full;
        }
        float[][] out = new float[full.length][];
        for (int i = 0; i < full.length; i++) {
            out[i] = RingSimplifier.simplify(full[i], TOLERANCES[level]);
        }
        return out;
    }

    /**
     * The shape projected into packed coordinates (x,y floats in one array per ring, no Coordinate objects): the
     * projected worlds stay in memory for drawing and hit tests, and 1:10m has over half a million vertices. A float
     * is within 1e-6 of a projected unit (the world is about 5 units wide), a thousandth of a pixel at region zoom
     * (ADR 0033); projecting and everything computed from the shapes stays in doubles.
     */
    private static Geometry project(Geometry lonLat, MapProjection projection) {
        GeometryFactory factory = PACKED;
        double[] out = new double[2];
        List<Polygon> polygons = new ArrayList<>();
        for (int i = 0; i < lonLat.getNumGeometries(); i++) {
            if (lonLat.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
                LinearRing shell = ring(p.getExteriorRing(), projection, factory, out);
                LinearRing[] holes = new LinearRing[p.getNumInteriorRing()];
                for (int h = 0; h < holes.length; h++) {
                    holes[h] = ring(p.getInteriorRingN(h), projection, factory, out);
                }
                polygons.add(factory.createPolygon(shell, holes));
            }
        }
        return polygons.size() == 1 && lonLat instanceof Polygon ? polygons.get(0)
                : factory.createMultiPolygon(polygons.toArray(Polygon[]::new));
    }

    private static LinearRing ring(LineString lonLat, MapProjection projection, GeometryFactory factory, double[] out) {
        CoordinateSequence seq = lonLat.getCoordinateSequence();
        float[] xy = new float[2 * seq.size()];
        for (int i = 0; i < seq.size(); i++) {
            projection.project(seq.getX(i), seq.getY(i), out);
            xy[2 * i] = (float) out[0];
            xy[2 * i + 1] = (float) out[1];
        }
        return factory.createLinearRing(new UncachedFloatSequence(xy));
    }

    /** The geometry's rings as x,y arrays: a packed geometry's own arrays, not a copy (1:10m would be held twice). */
    static float[][] rings(Geometry g) {
        List<float[]> rings = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p) {
                rings.add(flat(p.getExteriorRing()));
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    rings.add(flat(p.getInteriorRingN(h)));
                }
            }
        }
        return rings.toArray(float[][]::new);
    }

    private static float[] flat(LineString ring) {
        CoordinateSequence seq = ring.getCoordinateSequence();
        if (seq instanceof PackedCoordinateSequence.Float packed && packed.getDimension() == 2) {
            return packed.getRawCoordinates();
        }
        // read point by point: getCoordinates() on a packed sequence would cache a Coordinate per vertex
        float[] xy = new float[seq.size() * 2];
        for (int i = 0; i < seq.size(); i++) {
            xy[2 * i] = (float) seq.getX(i);
            xy[2 * i + 1] = (float) seq.getY(i);
        }
        return xy;
    }

    /** The edge of the world (the sphere's outline in this projection), for the ocean fill. */
    private static float[] projectOutline(MapProjection projection) {
        float[] xy = new float[2 * 2 * 181]; // x,y at each whole latitude, up the west edge and down the east
        double[] out = new double[2];
        int i = 0;
        for (int lat = -90; lat <= 90; lat++) {
            projection.project(-180, lat, out);
            xy[i++] = (float) out[0];
            xy[i++] = (float) out[1];
        }
        for (int lat = 90; lat >= -90; lat--) {
            projection.project(180, lat, out);
            xy[i++] = (float) out[0];
            xy[i++] = (float) out[1];
        }
        return xy;
    }

    /**
     * The coarsest level whose error stays under a fraction of a pixel at this scale, among full detail and the
     * levels from 0.0008 on: what figures (SVG, PDF, PNG) draw, so a vector file zoomed into in a viewer keeps
     * 1:10m's full detail from 750 px per unit on.
     */
    public static int levelFor(double pixelsPerUnit) {
        return coarsestWithin(pixelsPerUnit, FIRST_FIGURE_LEVEL);
    }

    /** As {@link #levelFor} among every level: the screen redraws each frame at its own scale (ADR 0027 §8). */
    public static int screenLevelFor(double pixelsPerUnit) {
        return coarsestWithin(pixelsPerUnit, 1);
    }

    private static int coarsestWithin(double pixelsPerUnit, int first) {
        int level = 0;
        for (int i = first; i < TOLERANCES.length; i++) {
            if (TOLERANCES[i] * pixelsPerUnit <= MAX_ERROR_PX) {
                level = i;
            }
        }
        return level;
    }

    public MapProjection projection() {
        return projection;
    }

    public ProjectedShape shape(String iso3) {
        return shapes.get(iso3);
    }

    public Map<String, ProjectedShape> shapes() {
        return shapes;
    }

    /** Shapes in drawing order: large first, so small countries are painted over their neighbours. */
    public List<ProjectedShape> largestFirst() {
        return largestFirst;
    }

    public float[] outline() {
        return outline;
    }

    public Envelope bounds() {
        return bounds;
    }

    /** The country whose shape contains the projected point (the smallest, so an enclave wins), or null. */
    public ProjectedShape shapeAt(double x, double y) {
        return hitGrid().shapeAt(x, y);
    }

    /** Builds the hit-test grid now (off the FX thread), so the first hover does not pay for it. */
    public void prepareHitTests() {
        hitGrid();
    }

    /**
     * Simplifies every shape now for the levels the region presets draw 1:10m at (off the FX thread, right after it
     * is projected), so the first frame at a preset does not pay for it: Europe in a 1200 px window is level 3, the
     * Middle East 2, the Americas 4. Level 1 (deeper zoom, few shapes in view) is made when first drawn; coarser levels
     * are 1:50m's (the map draws 1:10m only from half the world's width on).
     */
    public void prepareDrawing() {
        for (ProjectedShape s : largestFirst) {
            for (int level = 2; level <= 4; level++) {
                s.rings(level);
            }
        }
    }

    private HitGrid hitGrid() {
        HitGrid g = hitGrid;
        if (g == null) {
            synchronized (this) {
                if (hitGrid == null) {
                    hitGrid = new HitGrid(shapes.values());
                }
                g = hitGrid;
            }
        }
        return g;
    }

    /** True when any country's shape meets the projected rectangle (a legend placed there would hide land). */
    @SuppressWarnings("unchecked")
    public boolean anyLandIn(Envelope rect) {
        for (ProjectedShape s : (List<ProjectedShape>) index.query(rect)) {
            if (s.intersects(rect)) {
                return true;
            }
        }
        return false;
    }
}
