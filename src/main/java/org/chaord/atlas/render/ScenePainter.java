package org.chaord.atlas.render;

import org.locationtech.jts.geom.Envelope;

/** Paints the map part of a scene (ocean, countries, borders, markers, selection) onto any surface. */
public final class ScenePainter {

    private static final double MIN_STEP_PX = 0.35;
    private static final double MARKER_RADIUS_PX = 3.6;
    /** Distance between hatching lines along x (and y): close enough to read on a small country, open enough to see its fill. */
    static final double HATCH_SPACING_PX = 6;

    private ScenePainter() {
    }

    public static void paintMap(MapScene scene, PaintSurface s) {
        Viewport v = scene.viewport();
        Palette palette = scene.palette();
        double k = scene.pixelScale();
        s.clip(v.left(), v.top(), v.width(), v.height());
        s.fillRect(v.left(), v.top(), v.width(), v.height(), palette.background());
        s.beginGroup("ocean");
        path(s, v, new float[][] {scene.world().outline()});
        s.fillPath(palette.ocean());
        s.endGroup();
        Envelope visible = v.visibleWorld();
        s.beginGroup("countries");
        for (SceneCountry c : scene.countries()) {
            if (!visible.intersects(c.shape().envelope())) {
                continue;
            }
            s.beginGroup(c.iso3());
            path(s, v, c.shape().rings(scene.level()));
            s.fillPath(c.fill());
            s.endGroup();
        }
        s.endGroup();
        paintHatching(scene, null, s);
        // All borders as one path, stroked once: a third of the raster time of stroking country by country.
        s.beginGroup("borders");
        s.beginPath();
        for (SceneCountry c : scene.countries()) {
            if (visible.intersects(c.shape().envelope())) {
                addRings(s, v, c.shape().rings(scene.level()));
            }
        }
        s.strokePath(palette.border(), 0.5 * k);
        s.endGroup();
        s.beginGroup("highlights");
        for (SceneCountry c : scene.countries()) {
            if (c.highlighted() && visible.intersects(c.shape().envelope())) {
                path(s, v, c.shape().rings(scene.level()));
                s.strokePath(palette.accent(), 1.6 * k);
            }
        }
        s.endGroup();
        s.beginGroup("markers");
        for (SceneCountry c : scene.countries()) {
            if (c.marker()) {
                paintMarker(scene, c, s);
            }
        }
        s.endGroup();
        paintSelection(scene, s);
        LabelPainter.paint(scene, s);
        s.unclip();
    }

    /**
     * Repaints only the given countries over a frame painted from a scene that differs at most in its date: their
     * fill and border, their marker, and the selection outline if it is one of them. A timeline step touches a few
     * countries, not 240.
     */
    public static void paintChanged(MapScene scene, java.util.Set<String> changed, PaintSurface s) {
        paintChanged(scene, changed, s, false);
    }

    /** As above; with {@code flash} the changed countries get a bright outline so the eye sees who just moved. */
    public static void paintChanged(MapScene scene, java.util.Set<String> changed, PaintSurface s, boolean flash) {
        Viewport v = scene.viewport();
        Palette palette = scene.palette();
        double k = scene.pixelScale();
        s.clip(v.left(), v.top(), v.width(), v.height());
        Envelope visible = v.visibleWorld();
        for (SceneCountry c : scene.countries()) {
            if (changed.contains(c.iso3()) && visible.intersects(c.shape().envelope())) {
                path(s, v, c.shape().rings(scene.level()));
                s.fillPath(c.fill());
                s.strokePath(flash ? palette.accent() : palette.border(), (flash ? 2.2 : 0.5) * k);
            }
        }
        paintHatching(scene, changed, s);
        for (SceneCountry c : scene.countries()) {
            if (c.marker() && (changed.contains(c.iso3()) || nearChanged(c, changed, scene))) {
                paintMarker(scene, c, s);
            }
        }
        if (scene.request().selected() != null) {
            paintSelection(scene, s);
        }
        LabelPainter.paint(scene, s, changed); // names over a repainted country are painted again on top
        s.unclip();
    }

    /**
     * Hatches the uncertain countries (all of them, or those of {@code only}) with diagonal lines in the text colour,
     * over their fill and under the borders (a marker gets one such line, see {@link #paintMarker}). In SVG: group
     * "uncertain".
     */
    private static void paintHatching(MapScene scene, java.util.Set<String> only, PaintSurface s) {
        if (scene.uncertain().isEmpty()) {
            return;
        }
        Viewport v = scene.viewport();
        double k = scene.pixelScale();
        Envelope visible = v.visibleWorld();
        int ink = hatchInk(scene.palette());
        s.beginGroup("uncertain");
        s.beginPath();
        for (SceneCountry c : scene.countries()) {
            if (scene.isUncertain(c.iso3()) && (only == null || only.contains(c.iso3()))
                    && visible.intersects(c.shape().envelope())) {
                Hatching.addLines(s, v, c.shape().rings(scene.level()), HATCH_SPACING_PX * k);
            }
        }
        s.strokePath(ink, 1.1 * k);
        s.endGroup();
    }

    /** The hatching's colour: the text colour, a little transparent so the fill shows through. */
    static int hatchInk(Palette palette) {
        return (palette.text() & 0x00FFFFFF) | 0xB4000000;
    }

    /** A microstate's marker; an uncertain one is crossed by one hatching line, as its shape would be. */
    private static void paintMarker(MapScene scene, SceneCountry c, PaintSurface s) {
        Viewport v = scene.viewport();
        double k = scene.pixelScale();
        double r = MARKER_RADIUS_PX * k;
        double x = v.screenX(c.shape().labelPoint().x);
        double y = v.screenY(c.shape().labelPoint().y);
        s.fillCircle(x, y, r, c.fill());
        if (scene.isUncertain(c.iso3())) {
            s.beginPath();
            s.moveTo(x - r * 0.7, y + r * 0.7);
            s.lineTo(x + r * 0.7, y - r * 0.7);
            s.strokePath(scene.palette().text(), 1.1 * k);
        }
        s.strokeCircle(x, y, r, c.highlighted() ? scene.palette().accent() : scene.palette().text(), 0.8 * k);
    }

    /** A marker over a repainted neighbour must be drawn again on top of it. */
    private static boolean nearChanged(SceneCountry marker, java.util.Set<String> changed, MapScene scene) {
        double x = marker.shape().labelPoint().x;
        double y = marker.shape().labelPoint().y;
        for (String iso3 : changed) {
            ProjectedShape shape = scene.world().shape(iso3);
            if (shape != null && shape.envelope().intersects(new Envelope(x, x, y, y))) {
                return true;
            }
        }
        return false;
    }

    private static void paintSelection(MapScene scene, PaintSurface s) {
        String selected = scene.request().selected();
        if (selected == null || scene.world().shape(selected) == null) {
            return;
        }
        Viewport v = scene.viewport();
        ProjectedShape shape = scene.world().shape(selected);
        s.beginGroup("selection");
        path(s, v, shape.rings(0));
        s.strokePath(0xFFFFFFFF, 4.4 * scene.pixelScale()); // a white halo keeps the outline visible on dark fills
        s.strokePath(scene.palette().accent(), 2.4 * scene.pixelScale());
        s.strokeCircle(v.screenX(shape.labelPoint().x), v.screenY(shape.labelPoint().y),
                MARKER_RADIUS_PX * 2 * scene.pixelScale(), scene.palette().accent(), 1.5 * scene.pixelScale());
        s.endGroup();
    }

    /** Adds rings to the current path in screen coordinates, dropping points closer than a third of a pixel. */
    static void path(PaintSurface s, Viewport v, float[][] rings) {
        s.beginPath();
        addRings(s, v, rings);
    }

    private static void addRings(PaintSurface s, Viewport v, float[][] rings) {
        for (float[] ring : rings) {
            double lastX = v.screenX(ring[0]);
            double lastY = v.screenY(ring[1]);
            s.moveTo(lastX, lastY);
            for (int i = 2; i < ring.length; i += 2) {
                double x = v.screenX(ring[i]);
                double y = v.screenY(ring[i + 1]);
                if (Math.abs(x - lastX) + Math.abs(y - lastY) >= MIN_STEP_PX || i == ring.length - 2) {
                    s.lineTo(x, y);
                    lastX = x;
                    lastY = y;
                }
            }
            s.closePath();
        }
    }
}
