package org.chaord.atlas.ui.internal;

import javafx.animation.AnimationTimer;

/** Work for a few pulses later: what was painted before is then on screen (FX thread). */
public final class AfterPulses {

    private AfterPulses() {
    }

    /** Runs {@code then} on the FX thread once {@code pulses} more pulses have run. */
    public static void run(int pulses, Runnable then) {
        new AnimationTimer() {
            private int seen;

            @Override
            public void handle(long now) {
                if (++seen >= pulses) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }
}
