package org.chaord.atlas.render;

import java.util.ArrayList;
import java.util.List;

/**
 * The country under a point of a painted scene: a marker drawn there first (microstates sit on their neighbours),
 * then the shape under the point (the smallest one, so an enclave wins), then a marker within a finger's reach.
 * Prepared once per painted scene: the markers' screen points are worked out then, not on every mouse move.
 */
public final class SceneHitTest {

    /** How far from a marker's centre a point still picks it when no shape lies under the point. */
    static final double MARKER_REACH_PX = 8;
    /** The drawn marker's radius with its outline: a point inside it picks the marker over the shape below. */
    static final double MARKER_DRAWN_PX = 4.2;
    private static final SceneHitTest NOTHING = new SceneHitTest(null);

    private final MapScene scene;
    private final String[] markers;
    private final double[] markerXy;

    private SceneHitTest(MapScene scene) {
        this.scene = scene;
        List<SceneCountry> onMap = new ArrayList<>();
        if (scene != null) {
            scene.countries().stream().filter(SceneCountry::marker).forEach(onMap::add);
        }
        markers = new String[onMap.size()];
        markerXy = new double[2 * onMap.size()];
        for (int i = 0; i < markers.length; i++) {
            SceneCountry c = onMap.get(i);
            markers[i] = c.iso3();
            markerXy[2 * i] = scene.viewport().screenX(c.shape().labelPoint().x);
            markerXy[2 * i + 1] = scene.viewport().screenY(c.shape().labelPoint().y);
        }
    }

    /** The hit test for a painted scene (null: nothing painted, nothing hit). */
    public static SceneHitTest of(MapScene scene) {
        return scene == null ? NOTHING : new SceneHitTest(scene);
    }

    /** The ISO3 code of the country at screen point (sx, sy) of a scene, or null (sea, outside the map). */
    public static String countryAt(MapScene scene, double sx, double sy) {
        return of(scene).countryAt(sx, sy);
    }

    /** The ISO3 code of the country at screen point (sx, sy), or null (sea, outside the map). */
    public String countryAt(double sx, double sy) {
        if (scene == null) {
            return null;
        }
        int nearest = nearestMarker(sx, sy);
        double distance = nearest < 0 ? Double.POSITIVE_INFINITY
                : Math.hypot(markerXy[2 * nearest] - sx, markerXy[2 * nearest + 1] - sy);
        if (distance <= MARKER_DRAWN_PX) {
            return markers[nearest];
        }
        Viewport v = scene.viewport();
        ProjectedShape shape = scene.world().shapeAt(v.worldX(sx), v.worldY(sy));
        return shape != null ? shape.iso3() : distance <= MARKER_REACH_PX ? markers[nearest] : null;
    }

    private int nearestMarker(double sx, double sy) {
        int best = -1;
        double bestSquared = Double.POSITIVE_INFINITY;
        for (int i = 0; i < markers.length; i++) {
            double dx = markerXy[2 * i] - sx;
            double dy = markerXy[2 * i + 1] - sy;
            double squared = dx * dx + dy * dy;
            if (squared < bestSquared) {
                best = i;
                bestSquared = squared;
            }
        }
        return best;
    }
}
