package org.chaord.atlas.ui.app;

import javafx.stage.Stage;
import org.chaord.atlas.ui.AtlasViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.testfx.api.FxRobot;

/** A test of the real application: started on the bundled data before each test (map painted, window complete), closed after. */
abstract class RunningAppTest {

    protected final FxRobot robot = new FxRobot();
    protected AtlasApp app;
    protected AtlasViewModel vm;

    /** The primary stage's place and size before the test: the stage outlives the app. */
    private double[] stageBefore;

    @BeforeEach
    final void startApp() throws Exception {
        app = RunningApp.start();
        vm = app.viewModel();
        robot.interact(() -> {
            Stage stage = stage();
            stageBefore = new double[] {stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()};
        });
    }

    /**
     * Leaves the primary stage as it was (not full screen, its place and size), so the next test's window opens as a
     * start's does whatever this test did to it (KeptFirstFrameTest compares a kept frame's size with it).
     */
    @AfterEach
    final void stopApp() throws Exception {
        if (app != null && app.window() != null && app.window().getScene() != null && stageBefore != null) {
            robot.interact(() -> {
                Stage stage = stage();
                stage.setFullScreen(false);
                stage.setX(stageBefore[0]);
                stage.setY(stageBefore[1]);
                stage.setWidth(stageBefore[2]);
                stage.setHeight(stageBefore[3]);
            });
        }
        RunningApp.stop(app);
    }

    protected Stage stage() {
        return (Stage) app.window().getScene().getWindow();
    }
}
