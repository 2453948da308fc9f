package org.chaord.atlas.ui.internal;

import javafx.animation.AnimationTimer;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * {@link FrameRequests} on the JavaFX pulse: the first request of a frame starts an animation timer, which at the
 * next pulse (before CSS and layout, so what it changes is on screen in that same frame) runs each distinct piece of
 * work once and stops. Idle, it costs nothing. FX thread only.
 */
public final class PulseFrames implements FrameRequests {

    private final Set<Runnable> pending = new LinkedHashSet<>();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            stop();
            runPending();
        }
    };

    @Override
    public void request(Runnable work) {
        if (pending.isEmpty()) {
            timer.start();
        }
        pending.add(work);
    }

    /** Runs what is waiting now instead of at the next pulse (e.g. during layout, or before measuring). */
    @Override
    public void runPending() {
        while (!pending.isEmpty()) {
            Runnable next = pending.iterator().next();
            pending.remove(next);
            next.run();
        }
    }
}
