package org.chaord.atlas.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts country names on the map, greedily by priority: the selected country first (always labelled, with a leader
 * line when its name does not fit inside it), then the others by on-screen area times weight. A name is placed at
 * the shape's label point only when its box lies inside the shape and inside the map, and overlaps no name placed
 * before it. So at world scale only the large countries carry names; zooming in makes room for more. Pure: the
 * same inputs give the same labels on screen and in every export.
 */
public final class LabelPlacer {

    static final double SIZE_PX = 11.5;
    static final double MIN_SIZE_PX = 9;
    /** A shape smaller than this on screen gets no name unless it is selected: a name would cover it whole. */
    static final double MIN_AREA_PX = 600;
    private static final double PAD_PX = 2;
    /** Where to try a name, in box widths and heights from the anchor: on it first, then a little to each side. */
    private static final double[][] SHIFTS = {{0, 0}, {0, -1}, {0, 1}, {-0.3, 0}, {0.3, 0}, {-0.3, -1}, {0.3, -1},
        {-0.3, 1}, {0.3, 1}, {0, -2}, {0, 2}};
    private static final double[][] LEADER_OFFSETS = {{1, -1}, {-1, -1}, {1, 1}, {-1, 1}};

    private LabelPlacer() {
    }

    public static List<MapLabel> place(List<LabelCandidate> candidates, Viewport v, String selected, double k) {
        List<LabelCandidate> order = new ArrayList<>(candidates);
        double scale2 = v.scale() * v.scale();
        order.sort(Comparator.comparing((LabelCandidate c) -> !c.shape().iso3().equals(selected))
                .thenComparing(c -> -c.shape().area() * scale2 * c.weight()));
        List<MapLabel> placed = new ArrayList<>();
        for (LabelCandidate c : order) {
            boolean isSelected = c.shape().iso3().equals(selected);
            if (!isSelected && c.shape().area() * scale2 < MIN_AREA_PX * k * k) {
                continue;
            }
            MapLabel label = inside(c, v, k, isSelected, placed);
            if (label == null && isSelected) {
                label = withLeader(c, v, k);
            }
            if (label != null) {
                placed.add(label);
            }
        }
        return List.copyOf(placed);
    }

    /**
     * The name on the shape's name anchor, or shifted a little around it, at full size or smaller: the first box
     * that fits the shape, stays on the map and clears the names placed before.
     */
    private static MapLabel inside(LabelCandidate c, Viewport v, double k, boolean selected, List<MapLabel> placed) {
        ProjectedShape shape = c.shape();
        double ax = v.screenX(shape.nameAnchor().x);
        double ay = v.screenY(shape.nameAnchor().y);
        double shapeWidthPx = shape.envelope().getWidth() * v.scale();
        for (double size : new double[] {SIZE_PX * k, MIN_SIZE_PX * k}) {
            LabelBox centred = boxAround(c.name(), size, ax, ay, k);
            if (centred.width() > shapeWidthPx) {
                continue;
            }
            for (double[] shift : SHIFTS) {
                LabelBox box = new LabelBox(centred.x() + shift[0] * centred.width(),
                        centred.y() + shift[1] * centred.height(), centred.width(), centred.height());
                if (inMap(box, v) && !collides(box, placed) && fits(shape, box, v)) {
                    double x = box.x() + box.width() / 2;
                    return new MapLabel(shape.iso3(), c.name(), x, baseline(box, size), size, selected, box, false,
                            x, box.y() + box.height() / 2);
                }
            }
        }
        return null;
    }

    /** A small selected state: its name beside it, joined to it by a short line. */
    private static MapLabel withLeader(LabelCandidate c, Viewport v, double k) {
        ProjectedShape shape = c.shape();
        double px = v.screenX(shape.labelPoint().x);
        double py = v.screenY(shape.labelPoint().y);
        double size = SIZE_PX * k;
        LabelBox first = null;
        for (double[] o : LEADER_OFFSETS) {
            LabelBox centred = boxAround(c.name(), size, 0, 0, k);
            double bx = o[0] > 0 ? px + 22 * k : px - 22 * k - centred.width();
            double by = o[1] < 0 ? py - 18 * k - centred.height() : py + 18 * k;
            LabelBox box = new LabelBox(bx, by, centred.width(), centred.height());
            if (first == null) {
                first = box;
            }
            if (inMap(box, v)) {
                first = box;
                break;
            }
        }
        double cx = first.x() + first.width() / 2;
        return new MapLabel(shape.iso3(), c.name(), cx, baseline(first, size), size, true, first, true, px, py);
    }

    private static LabelBox boxAround(String text, double size, double cx, double cy, double k) {
        double w = LabelMetrics.width(text, size) + 2 * PAD_PX * k;
        double h = size * 1.3;
        return new LabelBox(cx - w / 2, cy - h / 2, w, h);
    }

    private static double baseline(LabelBox box, double size) {
        return box.y() + box.height() / 2 + size * 0.36;
    }

    private static boolean inMap(LabelBox box, Viewport v) {
        return box.inside(v.left(), v.top(), v.left() + v.width(), v.top() + v.height());
    }

    private static boolean collides(LabelBox box, List<MapLabel> placed) {
        for (MapLabel l : placed) {
            if (l.box().overlaps(box)) {
                return true;
            }
        }
        return false;
    }

    /** The box's corners, edge midpoints and centre all fall on the shape. */
    private static boolean fits(ProjectedShape shape, LabelBox b, Viewport v) {
        for (double fx : new double[] {0, 0.5, 1}) {
            for (double fy : new double[] {0, 0.5, 1}) {
                if (!shape.contains(v.worldX(b.x() + fx * b.width()), v.worldY(b.y() + fy * b.height()))) {
                    return false;
                }
            }
        }
        return true;
    }
}
