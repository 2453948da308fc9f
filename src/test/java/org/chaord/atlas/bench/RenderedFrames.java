package org.chaord.atlas.bench;

import com.sun.javafx.perf.PerformanceTracker;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;

/**
 * When the render thread finished each frame of every window shown from now on (JavaFX's own per-scene tracker,
 * called once a frame is rendered). A frame drawn into a canvas is only on screen once rendered, and a map costs
 * more to render than one filled rectangle: the start-up figures count to the render, for the bare window too.
 */
final class RenderedFrames {

    private final List<Long> times = new ArrayList<>();

    private RenderedFrames() {
    }

    /** Starts watching (FX thread, before the window is shown). */
    static RenderedFrames watch() {
        RenderedFrames frames = new RenderedFrames();
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                for (Window w : c.getAddedSubList()) {
                    frames.track(w.getScene());
                    w.sceneProperty().addListener((o, old, scene) -> frames.track(scene));
                }
            }
        });
        return frames;
    }

    private void track(Scene scene) {
        if (scene != null) {
            PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(() -> {
                synchronized (times) {
                    times.add(System.currentTimeMillis());
                    times.notifyAll();
                }
            });
        }
    }

    /** The first frame rendered at or after {@code millis} (wall clock), waiting for it. */
    long firstAtOrAfter(long millis) throws InterruptedException {
        synchronized (times) {
            while (true) {
                for (long t : times) {
                    if (t >= millis) {
                        return t;
                    }
                }
                times.wait(5000);
            }
        }
    }
}
