package org.chaord.atlas.data;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Checks one feature's geometry before and after JTS reads it, so that what would crash later costs that feature
 * only: nesting deeper than {@link #MAX_DEPTH} (JTS and json-simple recurse, 3,000 levels overflow the stack), a
 * coordinate that is not a finite number, and a geometry that is empty or has no area (a country must have one:
 * the renderer needs a label point).
 */
final class GeometryJson {

    /** Far more than any real geometry needs (a MultiPolygon is 5 levels; collections add 2 each). */
    static final int MAX_DEPTH = 64;

    private GeometryJson() {
    }

    /** Why the parsed JSON of a geometry cannot be read, or null when it may be handed to JTS. */
    static String problemBeforeReading(Object geometry) {
        if (!(geometry instanceof Map<?, ?>)) {
            return "has no geometry";
        }
        Deque<Object> pending = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        pending.push(geometry);
        depths.push(1);
        while (!pending.isEmpty()) {
            Object node = pending.pop();
            int depth = depths.pop();
            if (depth > MAX_DEPTH) {
                return "nests deeper than " + MAX_DEPTH + " levels";
            }
            if (node instanceof Map<?, ?> map) {
                for (Object child : map.values()) {
                    if (child != null) { // (a JSON null: JTS reports it below)
                        pending.push(child);
                        depths.push(depth + 1);
                    }
                }
            } else if (node instanceof List<?> list) {
                for (Object child : list) {
                    if (child != null) { // (a JSON null: JTS reports it below)
                        pending.push(child);
                        depths.push(depth + 1);
                    }
                }
            } else if (node instanceof Double d && !Double.isFinite(d)) {
                return "has a coordinate that is not a finite number (NaN or Infinity)";
            }
        }
        return null;
    }

    /** Why a geometry JTS read is unusable as a country's shape, or null. */
    static String problemAfterReading(Geometry g) {
        if (g.isEmpty()) {
            return "has an empty geometry";
        }
        if (!(g instanceof Polygonal) && !(g.getArea() > 0)) {
            return "is a " + g.getGeometryType() + " without area, not a polygon";
        }
        if (!(g.getArea() > 0) || !Double.isFinite(g.getArea())) {
            return "has a degenerate geometry (no area)";
        }
        return null;
    }
}
