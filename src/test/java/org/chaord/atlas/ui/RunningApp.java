package org.chaord.atlas.ui;

import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

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
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.world.get() != null
                && app.window().map().scene() != null && app.window().isComplete());
        WaitForAsyncUtils.waitForFxEvents();
        return app;
    }

    static void stop(AtlasApp app) throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }
}
