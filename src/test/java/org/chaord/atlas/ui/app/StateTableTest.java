package org.chaord.atlas.ui.app;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.chaord.atlas.model.StatusClass;
import org.chaord.atlas.model.TreatyId;
import org.chaord.atlas.model.View;
import org.chaord.atlas.ui.table.TableLine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The table of every state on screen: the T key and the tabs, sorting by a click, filtering, selection with the map. */
class StateTableTest extends RunningAppTest {

    @BeforeEach
    void showTheTable() {
        robot.interact(() -> vm.setDate(LocalDate.of(2026, 6, 1)));
        robot.clickOn("#legend");
        robot.type(KeyCode.T);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableView<TableLine> table() {
        return robot.lookup("#state-table").queryAs(TableView.class);
    }

    private Node cell(String text) {
        return robot.lookup("#state-table .table-cell").match(LabeledMatchers.hasText(text)).queryAs(Node.class);
    }

    private List<String> shownCodes() {
        return table().getItems().stream().map(TableLine::iso3).toList();
    }

    @Test
    void theKeyShowsTheTableOfEveryStateAndBringsTheMapBack() {
        assertTrue(app.table().isShown());
        assertEquals("tab-table", app.window().centreTabs().getSelectionModel().getSelectedItem().getId());
        assertEquals(app.table().total(), table().getItems().size());
        assertEquals(table().getItems().size() + " of " + app.table().total() + " states and organisations",
                robot.lookup("#table-count").queryAs(Label.class).getText());
        robot.clickOn("#table-count");
        robot.type(KeyCode.T);
        assertFalse(app.table().isShown());
        assertEquals("tab-map", app.window().centreTabs().getSelectionModel().getSelectedItem().getId());
        robot.clickOn("#tab-table");
        assertTrue(app.table().isShown(), "choosing the tab shows the table too");
    }

    @Test
    void anotherLanguageKeepsTheTableAndItsFilter() {
        robot.clickOn("#table-search").write("japan");
        robot.interact(() -> app.switchLanguage(java.util.Locale.FRENCH));
        assertTrue(app.table().isShown(), "the new window shows the table too");
        assertEquals("Nom", table().getColumns().get(0).getText());
        assertEquals("japan", robot.lookup("#table-search").queryAs(TextField.class).getText());
        assertEquals(List.of("JPN"), shownCodes());
        assertEquals("1 sur " + app.table().total() + " États et organisations",
                robot.lookup("#table-count").queryAs(Label.class).getText());
    }

    @Test
    void presentingStartsOnTheMap() {
        assertTrue(app.table().isShown());
        robot.type(KeyCode.F5);
        assertTrue(app.window().isPresenting());
        assertFalse(app.table().isShown(), "a presentation shows the map");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void clickingAColumnHeaderSortsStatusesInEngagementOrderAndDatesAsDates() {
        robot.clickOn("#col-status-UNCC");
        List<StatusClass> classes = table().getItems().stream().map(l -> l.status(TreatyId.UNCC).statusClass()).toList();
        for (int i = 1; i < classes.size(); i++) {
            assertTrue(classes.get(i - 1).compareTo(classes.get(i)) <= 0, classes.get(i - 1) + " before " + classes.get(i));
        }
        StatusClass mostEngaged = vm.atlas().countries().keySet().stream().filter(iso3 -> vm.atlas().countries().get(iso3)
                .kind().actsInOwnRight()).map(iso3 -> vm.atlas().history().statusOn(iso3, TreatyId.UNCC, vm.date())
                .statusClass()).min(StatusClass::compareTo).orElseThrow();
        assertEquals(mostEngaged, classes.get(0), "the most engaged first");
        assertEquals(StatusClass.NONE, classes.get(classes.size() - 1));
        robot.clickOn("#col-date-UNCC");
        List<LocalDate> days = table().getItems().stream().map(l -> l.status(TreatyId.UNCC).since())
                .filter(d -> d != null).toList();
        assertEquals(LocalDate.of(2025, 10, 25), days.get(0), "the Hanoi signatures come first");
        for (int i = 1; i < days.size(); i++) {
            assertFalse(days.get(i).isBefore(days.get(i - 1)));
        }
    }

    @Test
    void typingAndChoosingFiltersTheRows() {
        robot.clickOn("#table-search").write("cote");
        assertEquals(List.of("CIV"), shownCodes());
        assertTrue(robot.lookup("#table-count").queryAs(Label.class).getText().startsWith("1 of "));
        assertTrue(app.table().isShown(), "typing a T in the search field does not switch to the map");
        robot.interact(() -> robot.lookup("#table-search").queryAs(TextField.class).clear());
        robot.interact(() -> vm.setView(View.ETS185));
        ComboBox<?> status = robot.lookup("#table-status").queryAs(ComboBox.class);
        String party = app.table().texts().className(View.ETS185, StatusClass.PARTY);
        int index = status.getItems().stream().map(Object::toString).toList().indexOf(party);
        assertTrue(index > 0, "the box offers the view's classes: " + status.getItems());
        robot.interact(() -> status.getSelectionModel().select(index));
        assertEquals(StatusClass.PARTY, app.table().filter().status(), "the box sends its choice to the model");
        assertEquals("", app.table().filter().text());
        assertEquals(vm.atlas().countsOn(View.ETS185, vm.date()).get(StatusClass.PARTY), table().getItems().size(),
                "as many rows as the legend counts parties");
        assertTrue(table().getItems().stream()
                .allMatch(l -> l.status(TreatyId.ETS185).statusClass() == StatusClass.PARTY));
    }

    @Test
    void theTablesSelectionIsTheMapsBothWays() throws Exception {
        robot.clickOn("#table-search").write("japan");
        robot.clickOn(cell("Japan"));
        assertEquals("JPN", vm.selected(), "a row chosen in the table selects the country");
        RunningApp.nextFrames();
        assertEquals("JPN", app.window().map().scene().request().selected(), "the map outlines it");
        robot.interact(() -> robot.lookup("#table-search").queryAs(TextField.class).clear());
        robot.interact(() -> vm.select("BRA")); // what a click on Brazil on the map does
        assertEquals("BRA", table().getSelectionModel().getSelectedItem().iso3(), "the map's selection moves the table's");
        robot.clickOn("#table-search").write("fra");
        assertNull(table().getSelectionModel().getSelectedItem(), "Brazil is filtered out of the table");
        assertEquals("BRA", vm.selected(), "but stays selected on the map");
        robot.interact(() -> robot.lookup("#table-search").queryAs(TextField.class).setText("france"));
        robot.clickOn(cell("France"));
        robot.type(KeyCode.ENTER);
        assertFalse(app.table().isShown(), "Enter shows the country on the map");
        assertEquals("FRA", vm.selected());
    }
}
