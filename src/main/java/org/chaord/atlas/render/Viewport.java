package org.chaord.atlas.render;

import org.locationtech.jts.geom.Envelope;

/**
 * Maps projected world coordinates (unit sphere, y north) to a screen or page rectangle (y down). The rectangle
 * starts at (left, top) and is width × height pixels; {@code scale} is pixels per projected unit.
 */
public record Viewport(double left, double top, double width, double height,
                       double centerX, double centerY, double scale) {

    public static final double MIN_SCALE_FACTOR = 0.5;
    public static final double MAX_SCALE_FACTOR = 64;

    /** The viewport showing {@code world} as large as fits, with a margin in pixels. */
    public static Viewport fit(Envelope world, double left, double top, double width, double height, double margin) {
        double sx = (width - 2 * margin) / Math.max(world.getWidth(), 1e-9);
        double sy = (height - 2 * margin) / Math.max(world.getHeight(), 1e-9);
        return new Viewport(left, top, width, height, world.centre().x, world.centre().y, Math.max(1e-6, Math.min(sx, sy)));
    }

    public double screenX(double x) {
        return left + width / 2 + (x - centerX) * scale;
    }

    public double screenY(double y) {
        return top + height / 2 - (y - centerY) * scale;
    }

    public double worldX(double sx) {
        return centerX + (sx - left - width / 2) / scale;
    }

    public double worldY(double sy) {
        return centerY - (sy - top - height / 2) / scale;
    }

    /** The projected rectangle visible in this viewport. */
    public Envelope visibleWorld() {
        return new Envelope(worldX(left), worldX(left + width), worldY(top + height), worldY(top));
    }

    /** Zoom by {@code factor} keeping the world point under (sx, sy) in place. */
    public Viewport zoomedAt(double factor, double sx, double sy) {
        double wx = worldX(sx);
        double wy = worldY(sy);
        double newScale = scale * factor;
        double cx = wx - (sx - left - width / 2) / newScale;
        double cy = wy + (sy - top - height / 2) / newScale;
        return new Viewport(left, top, width, height, cx, cy, newScale);
    }

    /** Move the map by a drag of (dx, dy) pixels. */
    public Viewport panned(double dx, double dy) {
        return new Viewport(left, top, width, height, centerX - dx / scale, centerY + dy / scale, scale);
    }

    /** Same centre, new size; the scale follows so the same world width stays visible. */
    public Viewport resized(double newWidth, double newHeight) {
        double factor = width > 0 ? newWidth / width : 1;
        return new Viewport(left, top, newWidth, newHeight, centerX, centerY, scale * factor);
    }

    public Viewport clampedTo(Envelope world, double fitScale) {
        double s = Math.max(fitScale * MIN_SCALE_FACTOR, Math.min(fitScale * MAX_SCALE_FACTOR, scale));
        double cx = Math.max(world.getMinX(), Math.min(world.getMaxX(), centerX));
        double cy = Math.max(world.getMinY(), Math.min(world.getMaxY(), centerY));
        return new Viewport(left, top, width, height, cx, cy, s);
    }
}
