package org.chaord.atlas.ui.app;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import org.chaord.atlas.model.View;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** On the bundled data: the screen says when the day is past the data's as-of date, and shows uncertain countries. */
class AsOfAndUncertaintyTest extends RunningAppTest {

    private boolean shown(String id) {
        Node n = robot.lookup(id).tryQuery().orElse(null);
        return n != null && n.isVisible() && n.isManaged();
    }

    @Test
    void pastTheAsOfDateTheMapSaysSoAndOldDataOfferTheImport() throws Exception {
        LocalDate asOf = vm.atlas().dataAsOf();
        robot.interact(() -> vm.setDate(asOf.plusDays(1)));
        RunningApp.nextFrames();
        assertTrue(shown("#legend-asof"));
        assertEquals(vm.texts().beyondAsOf(asOf), robot.lookup("#legend-asof").queryAs(Label.class).getText());
        robot.interact(() -> app.window().togglePresentation());
        RunningApp.nextFrames();
        assertEquals(vm.texts().beyondAsOf(asOf), robot.lookup("#presentation-asof").queryAs(Label.class).getText());
        assertTrue(shown("#presentation-asof"), "presentation mode says it too");
        assertFalse(shown("#stale-banner"), "presenting, the import notice is not shown to the audience");
        robot.interact(() -> app.window().togglePresentation());
        robot.interact(() -> vm.setDate(asOf));
        RunningApp.nextFrames();
        assertFalse(shown("#legend-asof"), "on the as-of date itself the data are complete");

        javafx.scene.canvas.Canvas marks = robot.lookup("#timeline-marks").queryAs(javafx.scene.canvas.Canvas.class);
        javafx.scene.image.WritableImage strip = new javafx.scene.image.WritableImage(
                (int) marks.getWidth(), (int) marks.getHeight());
        robot.interact(() -> marks.snapshot(null, strip));
        javafx.scene.paint.Color end = strip.getPixelReader().getColor((int) marks.getWidth() - 9, 1);
        assertTrue(vm.today().isAfter(asOf) == (end.getRed() < 0.9), "the timeline's end past the as-of is shaded: " + end);

        boolean stale = vm.today().isAfter(asOf.plusDays(60));
        assertEquals(stale, shown("#stale-banner"), "the notice shows exactly when the data are over 60 days old,"
                + " and again after the presentation");
        if (stale) {
            assertTrue(robot.lookup("#stale-text").queryAs(Label.class).getText().contains(vm.texts().date(asOf)));
            robot.clickOn("#stale-import");
            assertTrue(robot.lookup("#import-dialog").tryQuery().isPresent(), "the notice opens the import");
            robot.interact(() -> app.window().lastImportDialog().stage().hide());
            robot.clickOn("#stale-dismiss");
            assertFalse(shown("#stale-banner"));
        }
    }

    @Test
    void anUncertainIntervalIsExplainedInTheLegendAndThePanel() throws Exception {
        robot.interact(() -> {
            vm.setView(View.ETS189);
            vm.setDate(LocalDate.of(2005, 1, 1));
            vm.select("SVN");
        });
        RunningApp.nextFrames();
        assertTrue(vm.scene().isUncertain("SVN"), "Slovenia's deposit lies between May 2004 and Nov 2005");
        assertTrue(shown("#legend-uncertain"));
        assertEquals(vm.scene().uncertainLine(), robot.lookup("#legend-uncertain").queryAs(Label.class).getText());
        assertTrue(shown("#panel-uncertain-ETS189"));
        String ratified = robot.lookup("#panel-event-ETS189-ratified").queryAs(Labeled.class).getText();
        assertTrue(ratified.contains("between May 2004 and Nov 2005"), ratified);

        robot.interact(() -> vm.setDate(LocalDate.of(2006, 1, 1)));
        RunningApp.nextFrames();
        assertFalse(vm.scene().isUncertain("SVN"));
        assertFalse(shown("#panel-uncertain-ETS189"), "once known_by has passed, the status is certain");
    }
}
