package org.chaord.atlas.render;

/** An axis-aligned rectangle in screen pixels, for label collisions. */
public record LabelBox(double x, double y, double width, double height) {

    public boolean overlaps(LabelBox o) {
        return x < o.x + o.width && o.x < x + width && y < o.y + o.height && o.y < y + height;
    }

    public boolean inside(double left, double top, double right, double bottom) {
        return x >= left && y >= top && x + width <= right && y + height <= bottom;
    }
}
