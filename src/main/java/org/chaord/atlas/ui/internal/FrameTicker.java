package org.chaord.atlas.ui.internal;

import javafx.animation.AnimationTimer;

import java.util.function.DoubleConsumer;

/** A {@link Ticker} on the JavaFX pulse (FX thread only). */
public final class FrameTicker implements Ticker {

    private DoubleConsumer onTick = s -> { };
    private final AnimationTimer timer = new AnimationTimer() {
        private long last;

        @Override
        public void start() {
            last = 0;
            super.start();
        }

        @Override
        public void handle(long now) {
            if (last != 0) {
                onTick.accept((now - last) / 1e9);
            }
            last = now;
        }
    };

    @Override
    public void start(DoubleConsumer secondsSinceLastTick) {
        onTick = secondsSinceLastTick;
        timer.start();
    }

    @Override
    public void stop() {
        timer.stop();
    }
}
