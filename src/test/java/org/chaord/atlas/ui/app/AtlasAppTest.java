package org.chaord.atlas.ui.app;

import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.StatusClass;
import org.chaord.atlas.model.TreatyId;
import org.chaord.atlas.model.View;
import org.chaord.atlas.render.SceneCountry;
import org.chaord.atlas.ui.map.MapCanvas;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real application on the bundled data, driven headless through TestFX (Monocle). */
class AtlasAppTest extends RunningAppTest {

    private Point2D onScreen(String iso3) {
        MapCanvas map = app.window().map();
        double[] p = map.screenPointOf(iso3);
        assertNotNull(p, "no shape for " + iso3);
        return map.localToScreen(p[0], p[1]);
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void clickingACountryFillsThePanelWithItsNameAndStatuses() {
        robot.clickOn(onScreen("BRA"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("BRA", vm.selected());
        assertTrue(text("#panel-name").contains("Brazil"), text("#panel-name"));
        // Brazil acceded to the Budapest Convention in 2022 and signed the UN convention at Hanoi.
        assertTrue(text("#panel-status-ETS185").startsWith("Party"), text("#panel-status-ETS185"));
        assertTrue(text("#panel-status-UNCC").startsWith("Signed"), text("#panel-status-UNCC"));
        for (TreatyId t : vm.atlas().treatyIds()) {
            assertFalse(text("#panel-status-" + t.name()).isBlank());
        }
    }

    @Test
    void movingTheTimelineTo1July2004ShowsTheBudapestPartiesOfThatDay() throws Exception {
        robot.interact(() -> vm.setView(View.ETS185));
        Slider slider = robot.lookup("#timeline-slider").queryAs(Slider.class);
        LocalDate day = LocalDate.of(2004, 7, 1);
        robot.interact(() -> slider.setValue(day.toEpochDay()));
        RunningApp.nextFrames();
        assertEquals(day, vm.date());
        Atlas atlas = vm.atlas();
        long parties = atlas.countries().keySet().stream()
                .filter(iso3 -> atlas.history().statusOn(iso3, TreatyId.ETS185, day).statusClass() == StatusClass.PARTY)
                .count();
        // The convention entered into force on 1 July 2004 with five ratifications (Council of Europe chart, 2004).
        assertEquals(5, parties);
        assertEquals(String.valueOf(parties), text("#count-PARTY"));
        // The day before, nobody was a Party yet; the legend follows the slider back.
        robot.interact(() -> slider.setValue(day.minusDays(1).toEpochDay()));
        RunningApp.nextFrames();
        assertEquals("0", text("#count-PARTY"));
    }

    @Test
    void switchingToTheComparisonViewChangesLegendAndMap() throws Exception {
        robot.clickOn("#view-box");
        robot.clickOn("Comparison");
        RunningApp.nextFrames();
        assertEquals(View.COMPARISON, vm.view());
        assertEquals(View.COMPARISON, app.window().map().scene().request().view());
        assertNotNull(robot.lookup("#legend-BOTH_BOUND").query());
        assertTrue(robot.lookup("#legend-PARTY").tryQuery().isEmpty());
        // France is bound by Budapest and signed the UN convention at Hanoi.
        SceneCountry france = app.window().map().scene().countries().stream()
                .filter(c -> c.iso3().equals("FRA")).findFirst().orElseThrow();
        assertEquals(StatusClass.BOTH_SIGNED, france.statusClass());
    }

    @Test
    void anyTwoTreatiesCanBeComparedFromTheViewMenu() throws Exception {
        robot.clickOn("#view-box");
        assertNotNull(robot.lookup("African Union").tryQuery().orElse(null), "treaties grouped under their family");
        javafx.scene.control.MenuButton menu = robot.lookup("#view-box").query();
        robot.interact(menu::hide);
        // Compare two treaties ▸ Malabo (AU) × … ▸ × Budapest (fired: a mouse path across the submenus opens others)
        javafx.scene.control.Menu compare = (javafx.scene.control.Menu) menu.getItems().stream()
                .filter(i -> "view-compare".equals(i.getId())).findFirst().orElseThrow();
        javafx.scene.control.MenuItem malaboBudapest = compare.getItems().stream()
                .flatMap(m -> ((javafx.scene.control.Menu) m).getItems().stream())
                .filter(i -> "view-MALABO-ETS185".equals(i.getId())).findFirst().orElseThrow();
        assertEquals("\u00d7 Budapest", malaboBudapest.getText());
        robot.interact(malaboBudapest::fire);
        RunningApp.nextFrames();
        View pair = View.pair(org.chaord.atlas.model.TreatyId.MALABO, org.chaord.atlas.model.TreatyId.ETS185);
        assertEquals(pair, vm.view());
        assertEquals(pair, app.window().map().scene().request().view());
        assertNotNull(robot.lookup("#legend-FIRST_ONLY_BOUND").query());
    }

    @Test
    void searchingForTuvaluSelectsItAndShowsItsRecord() {
        robot.clickOn("#search").write("Tuvalu").type(KeyCode.ENTER);
        // the keys, the suggestion list and the zoom each take turns of the FX thread, more of them on a loaded machine
        RunningApp.waitUntil(() -> "TUV".equals(vm.selected()) && app.window().map().viewport().scale() > 1000);
        assertEquals("TUV", vm.selected());
        assertEquals("Tuvalu", text("#panel-name"));
        // Tuvalu is drawn as a marker at world scale, so it can be clicked too.
        assertTrue(app.window().map().viewport().scale() > 1000, "the map zoomed in to Tuvalu");
    }

    @Test
    void hoveringALegendClassHighlightsItsCountries() throws Exception {
        robot.moveTo("#legend-SIGNED");
        RunningApp.nextFrames();
        assertTrue(vm.marks().classes().contains(StatusClass.SIGNED));
        List<SceneCountry> countries = app.window().map().scene().countries();
        List<SceneCountry> highlighted = countries.stream().filter(SceneCountry::highlighted).toList();
        assertFalse(highlighted.isEmpty());
        assertTrue(highlighted.stream().allMatch(c -> c.statusClass() == StatusClass.SIGNED));
        assertEquals(countries.stream().filter(c -> c.statusClass() == StatusClass.SIGNED).count(), highlighted.size());
        robot.moveTo("#timeline-slider");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(vm.marks().classes().contains(StatusClass.SIGNED));
    }
}
