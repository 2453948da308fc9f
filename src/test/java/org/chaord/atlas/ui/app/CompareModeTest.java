package org.chaord.atlas.ui.app;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.chaord.atlas.export.ExportService;
import org.chaord.atlas.model.ChangeClass;
import org.chaord.atlas.model.EventType;
import org.chaord.atlas.model.StatusChanges;
import org.chaord.atlas.model.StatusClass;
import org.chaord.atlas.model.StatusEvent;
import org.chaord.atlas.model.TreatyId;
import org.chaord.atlas.model.View;
import org.chaord.atlas.render.ChangeClassStyle;
import org.chaord.atlas.render.MapScene;
import org.chaord.atlas.ui.AtlasViewModel;
import org.chaord.atlas.ui.compare.ChangeRow;
import org.chaord.atlas.ui.export.ExportDialog;
import org.chaord.atlas.ui.map.MapCanvas;
import org.chaord.atlas.ui.panel.AllChangesDialog;
import org.chaord.atlas.ui.timeline.DateFieldConverter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Compare two dates in the real window: Hanoi, 24 → 27 Oct 2025, in the UN Convention view (issue 10 §1). */
class CompareModeTest {

    private static final LocalDate EVE = LocalDate.of(2025, 10, 24);
    private static final LocalDate AFTER = LocalDate.of(2025, 10, 27);
    private final FxRobot robot = new FxRobot();
    private AtlasApp app;
    private AtlasViewModel vm;

    @BeforeEach
    void start() throws Exception {
        app = RunningApp.start();
        vm = app.viewModel();
    }

    @AfterEach
    void stop() throws Exception {
        RunningApp.stop(app);
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private boolean shown(String query) {
        Node n = robot.lookup(query).query();
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private Point2D onScreen(String iso3) {
        MapCanvas map = app.window().map();
        double[] p = map.screenPointOf(iso3);
        return map.localToScreen(p[0], p[1]);
    }

    /** UNCC view, To = 27 Oct 2025 on the slider, compare mode by its key, From typed into its field. */
    private void compareHanoi() throws Exception {
        robot.interact(() -> vm.setView(View.UNCC));
        Slider slider = robot.lookup("#timeline-slider").queryAs(Slider.class);
        robot.interact(() -> slider.setValue(AFTER.toEpochDay()));
        robot.clickOn(onScreen("BRA")).press(KeyCode.C).release(KeyCode.C); // C: compare mode
        RunningApp.nextFrames();
        assertTrue(vm.compare().isActive(), "the key turns compare mode on");
        assertTrue(robot.lookup("#compare-toggle").queryAs(ToggleButton.class).isSelected(), "the toggle follows");
        DatePicker from = robot.lookup("#compare-from").queryAs(DatePicker.class);
        // typed as a user types it: the letters and digits stay in the field (C is compare mode, 2 and 5 are views)
        robot.clickOn(from.getEditor()).type(KeyCode.C, KeyCode.DIGIT2).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write(new DateFieldConverter(vm.texts()).toString(EVE)).press(KeyCode.ENTER).release(KeyCode.ENTER);
        RunningApp.nextFrames();
        assertTrue(vm.compare().isActive(), "typing a date did not leave compare mode");
        assertEquals(View.UNCC, vm.view(), "nor switch the view");
        assertEquals(EVE, vm.compare().from());
    }

    @Test
    void hanoiShowsTheNewSignatoriesWithLegendCountsEqualToTheList() throws Exception {
        compareHanoi();
        StatusChanges expected = StatusChanges.between(vm.atlas(), View.UNCC, EVE, AFTER);
        MapScene painted = app.window().map().scene();
        assertEquals(EVE, painted.request().frame().since());
        assertEquals(AFTER, painted.request().date());
        // Australia and Viet Nam signed at the Hanoi ceremony on 25 Oct 2025 (their signature row in events.csv)
        for (String iso3 : new String[] {"AUS", "VNM"}) {
            StatusEvent signed = vm.atlas().history().events(iso3, TreatyId.UNCC).stream()
                    .filter(e -> e.type() == EventType.SIGNED).findFirst().orElseThrow();
            assertEquals(LocalDate.of(2025, 10, 25), signed.effectiveDate());
            assertEquals(ChangeClass.NEWLY_SIGNED, vm.compare().changes().classOf(iso3), iso3);
        }
        for (ChangeClass c : ChangeClass.LEGEND) {
            assertEquals(String.valueOf(expected.counts().get(c)),
                    text("#count-" + ChangeClassStyle.colourOf(c).name()), "legend line of " + c);
        }
        assertTrue(expected.counts().get(ChangeClass.NEWLY_SIGNED) > 60, "the Hanoi signatures");
        assertEquals(vm.texts().get("figure.changes", vm.texts().date(EVE), vm.texts().date(AFTER)),
                text("#legend-title"), "the legend names the dates it counts");
        // the selected country's changes in the side panel, with the date and source of its signature
        robot.clickOn(onScreen("AUS"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text("#panel-change").startsWith(ChangeClassStyle.label(vm.texts(), ChangeClass.NEWLY_SIGNED)),
                text("#panel-change"));
        javafx.scene.control.Hyperlink event = robot.lookup("#panel-change-event-UNCC-signed").query();
        assertTrue(event.getText().contains(vm.texts().date(LocalDate.of(2025, 10, 25))), event.getText());
        assertTrue(event.getTooltip().getText().startsWith("https://"), "its source");
        // All changes…: one click; the same rows, and its counts are the legend's
        robot.clickOn("#compare-all-changes");
        WaitForAsyncUtils.waitForFxEvents();
        AllChangesDialog list = app.window().lastAllChanges();
        assertNotNull(list);
        assertEquals(expected.changes().size(), list.table().getItems().size());
        for (ChangeClass c : ChangeClass.LEGEND) {
            if (c != ChangeClass.UNCHANGED) {
                assertEquals(String.valueOf(list.list().counts().getOrDefault(c, 0)),
                        text("#count-" + ChangeClassStyle.colourOf(c).name()), "list and legend agree on " + c);
            }
        }
        ChangeRow aus = list.table().getItems().stream().filter(r -> r.iso3().equals("AUS")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2025, 10, 25), aus.date());
        assertEquals(vm.texts().className(View.UNCC, StatusClass.NONE), aus.fromClass());
        assertEquals(vm.texts().className(View.UNCC, StatusClass.SIGNED), aus.toClass());
        assertFalse(aus.source().isEmpty());
        assertTrue(list.list().copyText().lines().anyMatch(l -> l.startsWith("AUS\tAustralia\tNONE\tSIGNED\t2025-10-25\t")),
                "Copy gives the rows of `changes --format csv`");
        robot.interact(() -> list.stage().close());
    }

    @Test
    void fromAfterToIsSwappedAndSaidOnScreen() throws Exception {
        compareHanoi();
        assertFalse(shown("#compare-swapped"));
        DatePicker from = robot.lookup("#compare-from").queryAs(DatePicker.class);
        LocalDate later = LocalDate.of(2026, 3, 1);
        robot.interact(() -> from.setValue(later));
        RunningApp.nextFrames();
        assertTrue(shown("#compare-swapped"), "a notice says the dates were swapped");
        String notice = text("#compare-swapped");
        assertTrue(notice.contains(vm.texts().date(AFTER)) && notice.contains(vm.texts().date(later)), notice);
        assertEquals(AFTER, app.window().map().scene().request().frame().since(), "the map shows From = the earlier day");
        assertEquals(later, app.window().map().scene().request().date());
    }

    @Test
    void theFromHandleOnTheTrackMovesFrom() throws Exception {
        compareHanoi();
        javafx.scene.layout.Pane strip = robot.lookup("#compare-from-handle").query();
        assertTrue(shown("#compare-from-handle"), "a second handle in compare mode");
        Slider slider = robot.lookup("#timeline-slider").queryAs(Slider.class);
        // a click on the strip at 2010's place on the track: the year labels under it say where that is
        double f = (LocalDate.of(2010, 1, 1).toEpochDay() - slider.getMin()) / (slider.getMax() - slider.getMin());
        double x = 7 + f * (strip.getWidth() - 14);
        robot.clickOn(strip.localToScreen(x, strip.getHeight() / 2));
        RunningApp.nextFrames();
        LocalDate from = vm.compare().from();
        assertTrue(Math.abs(from.toEpochDay() - LocalDate.of(2010, 1, 1).toEpochDay()) < 20, from.toString());
        assertEquals(from, app.window().map().scene().request().frame().since(), "the map follows the handle");
        assertEquals(AFTER, vm.date(), "To stays where it was");
    }

    @Test
    void exportAndPresentationShowTheChangeMapAndLeavingRestoresTheStatusMap() throws Exception {
        compareHanoi();
        AtomicReference<ExportDialog> dialog = new AtomicReference<>();
        robot.interact(() -> dialog.set(app.window().showExportDialog()));
        var spec = dialog.get().model().spec();
        assertEquals(EVE, spec.frame().since(), "the export carries the From date");
        MapScene figure = ExportService.compose(spec, vm.atlas(), vm.world());
        String title = vm.texts().get("figure.changes", vm.texts().date(EVE), vm.texts().date(AFTER));
        assertEquals(title, figure.title(), "the figure export --since writes");
        assertEquals("", figure.subtitle());
        assertTrue(dialog.get().model().defaultName(spec.format()).contains("-changes-since-2025-10-24-2025-10-27"));
        robot.interact(() -> dialog.get().close());
        robot.interact(() -> app.window().togglePresentation());
        RunningApp.nextFrames();
        assertTrue(robot.lookup(".presentation-title").queryAs(Label.class).getText().equals(title));
        robot.interact(() -> app.window().togglePresentation());
        robot.clickOn("#compare-toggle"); // leave compare mode
        RunningApp.nextFrames();
        assertFalse(vm.compare().isActive());
        assertNull(app.window().map().scene().request().frame().since());
        Map<StatusClass, Integer> status = vm.atlas().countsOn(View.UNCC, AFTER);
        assertEquals(String.valueOf(status.get(StatusClass.SIGNED)), text("#count-SIGNED"), "the status legend is back");
        assertFalse(shown("#compare-row"));
        assertTrue(status.keySet().stream().map(StatusClass::name).collect(Collectors.toSet()).contains("SIGNED"));
    }
}
