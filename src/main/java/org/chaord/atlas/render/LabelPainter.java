package org.chaord.atlas.render;

import java.util.Set;

/**
 * Paints the placed country names: a light box under each (names stay readable on any fill and across borders),
 * the name as one text item (SVG: one {@code <text>} per name), and the leader line of a small selected state.
 */
final class LabelPainter {

    private LabelPainter() {
    }

    static void paint(MapScene scene, PaintSurface s) {
        paint(scene, s, null);
    }

    /** Paints the labels whose box meets one of the changed countries on screen (null: all of them). */
    static void paint(MapScene scene, PaintSurface s, Set<String> changed) {
        if (scene.labels().isEmpty()) {
            return;
        }
        Palette p = scene.palette();
        double k = scene.pixelScale();
        int box = (p.background() & 0x00FFFFFF) | 0xC8000000;
        s.beginGroup("labels");
        for (MapLabel l : scene.labels()) {
            if (changed != null && !touches(scene, l, changed)) {
                continue;
            }
            if (l.leader()) {
                s.beginPath();
                s.moveTo(l.pointX(), l.pointY());
                s.lineTo(nearestX(l), nearestY(l));
                s.strokePath(p.text(), 0.9 * k);
            }
            LabelBox b = l.box();
            s.fillRect(b.x(), b.y(), b.width(), b.height(), box);
            s.text(l.text(), l.x(), l.y(), l.size(), l.selected(), p.text(), TextAlign.CENTER);
        }
        s.endGroup();
    }

    private static boolean touches(MapScene scene, MapLabel l, Set<String> changed) {
        Viewport v = scene.viewport();
        for (String iso3 : changed) {
            ProjectedShape shape = scene.world().shape(iso3);
            if (shape == null) {
                continue;
            }
            var e = shape.envelope();
            LabelBox onScreen = new LabelBox(v.screenX(e.getMinX()), v.screenY(e.getMaxY()),
                    e.getWidth() * v.scale(), e.getHeight() * v.scale());
            if (onScreen.overlaps(l.box())) {
                return true;
            }
        }
        return false;
    }

    private static double nearestX(MapLabel l) {
        return Math.max(l.box().x(), Math.min(l.box().x() + l.box().width(), l.pointX()));
    }

    private static double nearestY(MapLabel l) {
        return Math.max(l.box().y(), Math.min(l.box().y() + l.box().height(), l.pointY()));
    }
}
