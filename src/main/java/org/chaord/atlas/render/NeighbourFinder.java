package org.chaord.atlas.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which country an arrow key moves the selection to: among the countries that share a border with the selected one,
 * the nearest whose label point lies in that direction (within 60° of it, then 80°), distance stretched by how far
 * it turns away; an island state, with no neighbour that way, moves to the nearest country in that direction.
 * France going left is Spain (Andorra lies south; Britain shares no border).
 */
public final class NeighbourFinder {

    /** Two shapes closer than this (about 3 km on the unit sphere) share a border; Jersey is 20 km off France. */
    static final double BORDER_TOLERANCE = 0.0005;
    private static final double[] CONES = {Math.cos(Math.toRadians(60)), Math.cos(Math.toRadians(80))};

    private NeighbourFinder() {
    }

    /** The country to move to from {@code iso3}, or null when there is none that way (or {@code iso3} is unknown). */
    public static String next(ProjectedWorld world, String iso3, Direction d) {
        ProjectedShape from = world.shape(iso3);
        if (from == null) {
            return null;
        }
        for (boolean bordersOnly : new boolean[] {true, false}) {
            for (double minCos : CONES) {
                ProjectedShape best = best(world, from, d, minCos, bordersOnly);
                if (best != null) {
                    return best.iso3();
                }
            }
        }
        return null;
    }

    /** Candidates in the cone by score, the first that qualifies: border checks only until one is found. */
    private static ProjectedShape best(ProjectedWorld world, ProjectedShape from, Direction d, double minCos,
                                       boolean bordersOnly) {
        List<Map.Entry<ProjectedShape, Double>> inCone = new ArrayList<>();
        for (ProjectedShape to : world.largestFirst()) {
            double dx = to.labelPoint().x - from.labelPoint().x;
            double dy = to.labelPoint().y - from.labelPoint().y;
            double dist = Math.hypot(dx, dy);
            double cos = dist == 0 ? -1 : (dx * d.dx + dy * d.dy) / dist;
            if (to != from && cos >= minCos) {
                inCone.add(Map.entry(to, dist * (1 + 2 * (1 - cos))));
            }
        }
        inCone.sort(Map.Entry.comparingByValue());
        for (Map.Entry<ProjectedShape, Double> e : inCone) {
            if (!bordersOnly || from.isWithin(e.getKey(), BORDER_TOLERANCE)) {
                return e.getKey();
            }
        }
        return null;
    }
}
