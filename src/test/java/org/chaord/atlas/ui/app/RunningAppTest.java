package org.chaord.atlas.ui.app;

import org.chaord.atlas.ui.AtlasViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.testfx.api.FxRobot;

/** A test of the real application: started on the bundled data before each test (map painted, window complete), closed after. */
abstract class RunningAppTest {

    protected final FxRobot robot = new FxRobot();
    protected AtlasApp app;
    protected AtlasViewModel vm;

    @BeforeEach
    final void startApp() throws Exception {
        app = RunningApp.start();
        vm = app.viewModel();
    }

    @AfterEach
    final void stopApp() throws Exception {
        RunningApp.stop(app);
    }
}
