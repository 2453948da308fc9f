package org.chaord.atlas.ui;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.chaord.atlas.render.Viewport;
import org.locationtech.jts.geom.Envelope;

/**
 * The part of the world the map shows, as a model: the map canvas reports its size, gestures and commands zoom, pan
 * and fit, and the viewport comes out. A rectangle that was fitted (the world, a region, a country) is kept while the
 * user has not panned or zoomed, so a resized window shows it again; panning and zooming stay within the world, from
 * half the world's fitted scale to 64 times it.
 */
public final class MapExtent {

    /** Pixels kept free around a fitted rectangle. */
    public static final double MARGIN_PX = 12;

    private final ReadOnlyObjectWrapper<Viewport> viewport = new ReadOnlyObjectWrapper<>(this, "viewport");
    private Envelope world;
    private Envelope fitted;
    private double width;
    private double height;

    /** The viewport, or null until both a world and a size are known. */
    public ReadOnlyObjectProperty<Viewport> viewportProperty() {
        return viewport.getReadOnlyProperty();
    }

    public Viewport viewport() {
        return viewport.get();
    }

    /** A new world (data or projection changed): the whole of it is shown. */
    public void showWorld(Envelope bounds) {
        world = bounds == null ? null : new Envelope(bounds);
        fitted = world;
        refit();
    }

    /** The map's new size in pixels. */
    public void resize(double w, double h) {
        if (w == width && h == height) {
            return;
        }
        width = w;
        height = h;
        if (fitted != null) {
            refit();
        } else if (viewport.get() != null && w > 0 && h > 0) {
            viewport.set(viewport.get().resized(w, h));
        }
    }

    /** Shows a projected rectangle (a region, a country) as large as fits. */
    public void fit(Envelope rect) {
        fitted = new Envelope(rect);
        refit();
    }

    /**
     * Shows a projected rectangle across the whole map with no margin, as if panned and zoomed there: a saved view's
     * extent, which was the visible part of its map. Before the map has a size it is fitted instead.
     */
    public void showExactly(Envelope rect) {
        if (world == null || width <= 0 || height <= 0) {
            fit(rect);
            return;
        }
        fitted = null;
        viewport.set(limit(Viewport.fit(rect, 0, 0, width, height, 0)));
    }

    /** Shows a country's envelope with as much room again around it, so the country fills about a third. */
    public void fitAround(Envelope shape) {
        Envelope e = new Envelope(shape);
        e.expandBy(Math.max(Math.max(e.getWidth(), e.getHeight()), 0.05));
        fit(e);
    }

    /**
     * The viewport the fitted rectangle would get on a map of this size; null once the user panned or zoomed. The
     * legend asks it for the whole map area when it decides whether it needs a band beside or below the map.
     */
    public Viewport fitOn(double w, double h) {
        return world != null && fitted != null && w > 0 && h > 0 ? Viewport.fit(fitted, 0, 0, w, h, MARGIN_PX) : null;
    }

    /** True while the whole world is fitted: as at start, before any zoom, pan, region or search. */
    public boolean showsWholeWorld() {
        return world != null && world.equals(fitted);
    }

    /** Zooms by {@code factor} about the map's centre. */
    public void zoom(double factor) {
        zoomAt(factor, width / 2, height / 2);
    }

    /** Zooms by {@code factor} keeping the point under (sx, sy) in place. */
    public void zoomAt(double factor, double sx, double sy) {
        Viewport v = viewport.get();
        if (v != null) {
            fitted = null;
            viewport.set(limit(v.zoomedAt(factor, sx, sy)));
        }
    }

    /** Moves the map by a drag of (dx, dy) pixels. */
    public void pan(double dx, double dy) {
        Viewport v = viewport.get();
        if (v != null) {
            fitted = null;
            viewport.set(limit(v.panned(dx, dy)));
        }
    }

    private void refit() {
        if (world != null && fitted != null && width > 0 && height > 0) {
            viewport.set(Viewport.fit(fitted, 0, 0, width, height, MARGIN_PX));
        } else if (world == null) {
            viewport.set(null);
        }
    }

    private Viewport limit(Viewport v) {
        Viewport whole = Viewport.fit(world, 0, 0, width, height, MARGIN_PX);
        return v.clampedTo(world, whole.scale());
    }
}
