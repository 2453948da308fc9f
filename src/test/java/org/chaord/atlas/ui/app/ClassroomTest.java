package org.chaord.atlas.ui.app;

import javafx.geometry.NodeOrientation;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.chaord.atlas.model.View;
import org.chaord.atlas.ui.timeline.PlaybackSpeed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a teacher does in front of a class: presentation mode, the presenter's keys, playback, languages. */
class ClassroomTest extends RunningAppTest {

    @BeforeEach
    void focusInsideTheWindow() {
        robot.clickOn("#legend"); // focus inside the window, away from text fields
    }

    private MainWindow window() {
        return app.window();
    }

    @Test
    void presentationModeEntersWithF5AndLeavesWithEscape() {
        robot.type(KeyCode.F5);
        assertTrue(window().isPresenting());
        assertTrue(window().getStyleClass().contains("presentation"));
        assertTrue(robot.lookup("#presentation-overlay").query().isVisible());
        assertFalse(robot.lookup("#side-panel").query().isVisible(), "panels are hidden");
        Label date = robot.lookup("#presentation-date").queryAs(Label.class);
        assertTrue(date.getFont().getSize() >= 40, "the date is large: " + date.getFont().getSize());
        robot.type(KeyCode.P);
        assertTrue(robot.lookup("#side-panel").query().isVisible(), "P brings the panels back");
        robot.type(KeyCode.ESCAPE);
        assertFalse(window().isPresenting());
        assertTrue(robot.lookup("#side-panel").query().isVisible());
        assertFalse(robot.lookup("#presentation-overlay").query().isVisible());
    }

    @Test
    void presenterKeysStepThroughTimeZoomAndSwitchViews() {
        robot.interact(() -> {
            vm.setView(View.ETS185); // the Budapest Convention has events before and after 2010
            vm.setDate(LocalDate.of(2010, 6, 15));
        });
        LocalDate next = vm.days().nextChange();
        robot.type(KeyCode.RIGHT);
        assertEquals(next, vm.date(), "→ goes to the next event");
        LocalDate previous = vm.days().previousChange();
        robot.type(KeyCode.LEFT);
        assertEquals(previous, vm.date(), "← goes to the previous event");
        LocalDate before = vm.date();
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(before.plusYears(1), vm.date());
        robot.type(KeyCode.PAGE_UP);
        assertEquals(before, vm.date());
        double scale = window().map().viewport().scale();
        robot.type(KeyCode.PLUS);
        assertTrue(window().map().viewport().scale() > scale, "+ zooms in");
        robot.type(KeyCode.MINUS);
        robot.type(KeyCode.MINUS);
        assertTrue(window().map().viewport().scale() < scale, "− zooms out");
        robot.type(KeyCode.DIGIT3);
        assertEquals(View.ETS189, vm.view());
        robot.type(KeyCode.DIGIT2);
        assertEquals(View.ETS185, vm.view());
        robot.type(KeyCode.DIGIT5);
        assertEquals(View.COMPARISON, vm.view());
        robot.type(KeyCode.DIGIT1);
        assertEquals(View.UNCC, vm.view());
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        assertTrue(robot.lookup("#search").queryAs(TextField.class).isFocused(), "Ctrl+F focuses the search");
    }

    @Test
    void spacePlaysTheTimelineForwardAndPlayStopsAtToday() throws Exception {
        robot.interact(() -> {
            window().timeline().playback().setSpeed(PlaybackSpeed.YEAR_PER_SECOND);
            vm.setDate(LocalDate.of(2004, 1, 1));
        });
        robot.type(KeyCode.SPACE);
        assertTrue(window().timeline().playback().isPlaying());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.date().isAfter(LocalDate.of(2004, 3, 1)));
        robot.type(KeyCode.SPACE);
        assertFalse(window().timeline().playback().isPlaying());
        LocalDate paused = vm.date();
        RunningApp.frames(30); // a playing timeline would have moved on every one of them
        assertEquals(paused, vm.date(), "paused means paused");
        // Near the end, playing runs into today and stops there by itself.
        robot.interact(() -> vm.setDate(vm.today().minusDays(60)));
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window().timeline().playback().isPlaying());
        assertEquals(vm.today(), vm.date());
    }

    @Test
    void arabicMirrorsTheLayoutButNotTheMapAndSpeaksArabic() {
        String englishTitle = robot.lookup(".legend-title").queryAs(Label.class).getText();
        robot.interact(() -> app.switchLanguage(new Locale("ar")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(NodeOrientation.RIGHT_TO_LEFT, window().getScene().getEffectiveNodeOrientation());
        assertEquals(NodeOrientation.LEFT_TO_RIGHT, window().map().getEffectiveNodeOrientation());
        String arabicTitle = robot.lookup(".legend-title").queryAs(Label.class).getText();
        assertNotEquals(englishTitle, arabicTitle);
        assertTrue(arabicTitle.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC),
                "Arabic label: " + arabicTitle);
        robot.interact(() -> app.switchLanguage(Locale.ENGLISH));
        assertEquals(NodeOrientation.LEFT_TO_RIGHT, window().getScene().getEffectiveNodeOrientation());
        assertEquals(englishTitle, robot.lookup(".legend-title").queryAs(Label.class).getText());
    }

    @Test
    void theDarkInterfaceSwitchesTheThemeAndBack() {
        robot.interact(() -> vm.looks().setDarkInterface(true));
        assertTrue(javafx.application.Application.getUserAgentStylesheet().endsWith("primer-dark.bss"),
                javafx.application.Application.getUserAgentStylesheet());
        assertTrue(window().getStyleClass().contains("dark"));
        robot.interact(() -> vm.looks().setDarkInterface(false));
        assertTrue(javafx.application.Application.getUserAgentStylesheet().endsWith("primer-light.bss"));
        assertFalse(window().getStyleClass().contains("dark"));
    }
}
