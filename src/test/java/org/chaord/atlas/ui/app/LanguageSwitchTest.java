package org.chaord.atlas.ui.app;

import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.lang.ref.WeakReference;
import java.time.LocalDate;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A new language builds the window again; the old window must let go of the view-model, or each switch keeps a whole
 * window (map canvas, side panel, timeline) alive and repainting out of sight.
 */
class LanguageSwitchTest extends RunningAppTest {

    private static final LocalDate DAY = LocalDate.of(2012, 6, 1);


    @Test
    void theOldWindowNoLongerFollowsTheDateOrTheLanguage() throws Exception {
        MainWindow old = app.window();
        DatePicker oldDate = (DatePicker) old.lookup("#date-field");
        Label oldName = (Label) old.lookup(".legend-title");
        LocalDate shownBefore = oldDate.getValue();
        String englishTitle = oldName.getText();
        robot.interact(() -> app.switchLanguage(Locale.FRENCH));
        robot.interact(() -> vm.setDate(DAY));
        RunningApp.nextFrames();
        assertNotSame(old, app.window());
        assertEquals(DAY, ((DatePicker) app.window().lookup("#date-field")).getValue(), "the new window follows");
        assertEquals(shownBefore, oldDate.getValue(), "the old window's timeline stopped following the date");
        assertEquals(englishTitle, oldName.getText(), "the old window's legend stopped following the scene");
    }

    @Test
    void tenSwitchesLeaveNoOldWindowBehind() throws Exception {
        WeakReference<MainWindow> first = new WeakReference<>(app.window());
        for (int i = 0; i < 10; i++) {
            Locale next = i % 2 == 0 ? Locale.FRENCH : Locale.ENGLISH;
            robot.interact(() -> app.switchLanguage(next));
        }
        RunningApp.nextFrames();
        for (int i = 0; i < 20 && first.get() != null; i++) { // a collection is requested, not forced: ask again
            System.gc();
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertNull(first.get(), "the first window is still reachable after ten language switches");
    }
}
