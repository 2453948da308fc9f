package org.chaord.atlas.ui.internal;

import java.util.function.DoubleConsumer;

/** A clock that calls back once per frame with the seconds since the last call while it runs (playback). */
public interface Ticker {

    /** A ticker that never ticks: models driven by hand in tests. */
    Ticker NONE = new Ticker() {
        @Override
        public void start(DoubleConsumer secondsSinceLastTick) {
        }

        @Override
        public void stop() {
        }
    };

    void start(DoubleConsumer secondsSinceLastTick);

    void stop();
}
