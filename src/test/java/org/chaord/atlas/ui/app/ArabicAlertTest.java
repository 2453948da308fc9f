package org.chaord.atlas.ui.app;

import javafx.geometry.NodeOrientation;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.chaord.atlas.ui.internal.ScriptFonts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The About dialog in Arabic is laid out right to left, in the Arabic family, its text broken by hand, not wrapped. */
class ArabicAlertTest {

    private final FxRobot robot = new FxRobot();
    private AtlasApp app;

    @BeforeEach
    void start() throws Exception {
        app = RunningApp.start();
    }

    @AfterEach
    void stop() throws Exception {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != app.window().getScene().getWindow())
                .filter(Stage.class::isInstance).map(Stage.class::cast).toList().forEach(Stage::close));
        RunningApp.stop(app);
    }

    @Test
    void theAboutDialogInArabicIsRightToLeftInTheArabicFamily() {
        robot.interact(() -> app.switchLanguage(new Locale("ar")));
        robot.interact(() -> InfoDialogs.aboutData(app.window().getScene().getWindow(), app.viewModel()));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup("#about-data").queryAs(DialogPane.class);
        assertEquals(NodeOrientation.RIGHT_TO_LEFT, pane.getEffectiveNodeOrientation());
        Label text = (Label) pane.getContent();
        assertEquals(ScriptFonts.forLanguage(new Locale("ar")), text.getFont().getFamily());
        assertFalse(text.isWrapText(), "JavaFX 21 repeats words in wrapped right-to-left labels");
        assertTrue(text.getText().contains("\n"), "the long text is broken into lines");
        assertEquals(text.getAccessibleText().replace("\n", " "), text.getText().replace("\n", " "),
                "every word kept, once");
    }
}
