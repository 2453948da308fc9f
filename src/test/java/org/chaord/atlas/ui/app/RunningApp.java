package org.chaord.atlas.ui.app;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.chaord.atlas.ui.AtlasViewModel;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The real application started headless for a test, on the bundled data (or ATLAS data set by the test). */
final class RunningApp {

    private RunningApp() {
    }

    /** Starts the app with default preferences and waits until the map is painted and the window complete. */
    static AtlasApp start() throws Exception {
        System.setProperty("atlas.prefs", "off");
        FxToolkit.registerPrimaryStage();
        AtlasApp app = (AtlasApp) FxToolkit.setupApplication(AtlasApp::new);
        AtlasViewModel vm = app.viewModel();
        // the map comes first, the rest of the window a moment later
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.world() != null
                && app.window().map().scene() != null && app.window().isComplete());
        WaitForAsyncUtils.waitForFxEvents();
        return app;
    }

    /**
     * Waits until two frames have passed: the scene composed from what changed before is then published and painted
     * (the view-model publishes once per frame, not at each change).
     */
    static void nextFrames() throws Exception {
        frames(2);
    }

    /** Waits until {@code count} frames (pulses) have passed: what runs per frame, like the playback, had its turns. */
    static void frames(int count) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames >= count) {
                    stop();
                    done.complete(null);
                }
            }
        }.start());
        done.get(10 + count / 10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Waits until a condition a user would see holds (at most 30 s: the machine may be loaded), checking it on the FX
     * thread; never a fixed sleep. Returns quietly either way: the test's assertions then say what is wrong.
     */
    static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(condition).get(10, TimeUnit.SECONDS));
        } catch (TimeoutException e) {
            // the assertions that follow report the state reached
        }
    }

    static void stop(AtlasApp app) throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }
}
