package org.chaord.atlas.ui.internal;

import javafx.application.Platform;

import java.util.concurrent.Executor;

/**
 * The threads a view-model works with: background work, the FX thread to come back to, and the frame at which
 * derived state is published. {@link #forApp()} is the running application's; {@link #direct()} runs everything at once
 * on the caller's thread, for view-model tests without a toolkit.
 */
public record UiThreads(Executor background, Executor fx, FrameRequests frames, Ticker ticker) {

    /** The application's: {@link Background}, {@code Platform.runLater}, the pulse (create on the FX thread). */
    public static UiThreads forApp() {
        return new UiThreads(Background.executor(), Platform::runLater, new PulseFrames(), new FrameTicker());
    }

    /** Everything on the calling thread, at once; no ticking. */
    public static UiThreads direct() {
        return new UiThreads(Runnable::run, Runnable::run, FrameRequests.IMMEDIATE, Ticker.NONE);
    }
}
