package org.chaord.atlas.render;

/**
 * The country under a point of a painted scene: a marker drawn there first (microstates sit on their neighbours),
 * then the shape under the point (the smallest one, so an enclave wins), then a marker within a finger's reach.
 */
public final class SceneHitTest {

    /** How far from a marker's centre a point still picks it when no shape lies under the point. */
    static final double MARKER_REACH_PX = 8;
    /** The drawn marker's radius with its outline: a point inside it picks the marker over the shape below. */
    static final double MARKER_DRAWN_PX = 4.2;

    private SceneHitTest() {
    }

    /** The ISO3 code of the country at screen point (sx, sy), or null (sea, outside the map). */
    public static String countryAt(MapScene scene, double sx, double sy) {
        if (scene == null) {
            return null;
        }
        String onMarker = nearestMarker(scene, sx, sy, MARKER_DRAWN_PX);
        if (onMarker != null) {
            return onMarker;
        }
        Viewport v = scene.viewport();
        ProjectedShape shape = scene.world().shapeAt(v.worldX(sx), v.worldY(sy));
        return shape != null ? shape.iso3() : nearestMarker(scene, sx, sy, MARKER_REACH_PX);
    }

    private static String nearestMarker(MapScene scene, double sx, double sy, double radius) {
        Viewport v = scene.viewport();
        String best = null;
        double bestDistance = radius;
        for (SceneCountry c : scene.countries()) {
            if (c.marker()) {
                double d = Math.hypot(v.screenX(c.shape().labelPoint().x) - sx, v.screenY(c.shape().labelPoint().y) - sy);
                if (d <= bestDistance) {
                    best = c.iso3();
                    bestDistance = d;
                }
            }
        }
        return best;
    }
}
