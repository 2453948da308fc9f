package org.chaord.atlas.ui.app;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import org.chaord.atlas.render.Viewport;
import org.locationtech.jts.geom.Envelope;

import java.util.function.Supplier;

/**
 * Starts loading the 1:10m map the first time the user zooms in, not at start-up: the world view never draws it, and
 * held for nothing it was a quarter of the app's memory (docs/decisions/0028). The load starts at the first zoom step
 * (before the map is close enough to draw 1:10m), so it is usually there when the map gets that close.
 */
final class DetailOnDemand implements ChangeListener<Viewport> {

    /** Zoomed in at all: the visible part is at most this share of the world's width (one zoom step is 0.8). */
    static final double START_AT = 0.9;

    private final ObservableValue<Viewport> viewport;
    private final Supplier<Envelope> worldBounds;
    private final Runnable load;
    private boolean started;

    private DetailOnDemand(ObservableValue<Viewport> viewport, Supplier<Envelope> worldBounds, Runnable load) {
        this.viewport = viewport;
        this.worldBounds = worldBounds;
        this.load = load;
    }

    /** Runs {@code load} once, the first time the viewport shows at most {@link #START_AT} of the world's width. */
    static void watch(ObservableValue<Viewport> viewport, Supplier<Envelope> worldBounds, Runnable load) {
        DetailOnDemand watcher = new DetailOnDemand(viewport, worldBounds, load);
        viewport.addListener(watcher);
        watcher.changed(viewport, null, viewport.getValue());
    }

    @Override
    public void changed(ObservableValue<? extends Viewport> o, Viewport old, Viewport now) {
        Envelope world = worldBounds.get();
        if (started || now == null || world == null || world.getWidth() <= 0) {
            return;
        }
        if (now.visibleWorld().getWidth() <= START_AT * world.getWidth()) {
            started = true;
            viewport.removeListener(this);
            load.run();
        }
    }
}
