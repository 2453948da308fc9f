package org.chaord.atlas.ui.app;

import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuButton;
import javafx.scene.input.KeyCode;
import org.chaord.atlas.ui.map.MapCanvas;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The map without a mouse: Tab into it, walk from country to country, names for screen readers, labels on L. */
class KeyboardMapTest extends RunningAppTest {

    @BeforeEach
    void focusInsideTheWindow() {
        robot.clickOn("#legend");
    }

    private void tabIntoTheMap() {
        MapCanvas map = app.window().map();
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < 60 && (i == 0 || !map.isFocused()); i++) {
            robot.type(KeyCode.TAB);
            var owner = app.window().getScene().getFocusOwner();
            path.append(owner == null ? "null" : owner.getClass().getSimpleName() + "#" + owner.getId()).append(' ');
        }
        assertTrue(map.isFocused() && map.isFocusVisible(), "Tab reaches the map: " + path);
    }

    @Test
    void arrowsOnTheMapWalkToTheNeighbourAndEnterOpensTheRecord() throws Exception {
        robot.interact(() -> vm.select("FRA"));
        tabIntoTheMap();
        assertEquals("FRA", vm.selected());
        LocalDate day = vm.date();
        robot.type(KeyCode.LEFT);
        assertEquals("ESP", vm.selected(), "France → Spain going left");
        assertEquals(day, vm.date(), "the arrow walked the map, not the timeline");
        robot.type(KeyCode.LEFT);
        assertEquals("PRT", vm.selected());
        robot.type(KeyCode.ENTER);
        assertTrue(robot.lookup("#side-panel").query().isFocused(), "Enter opens the record in the side panel");
        assertTrue(app.window().map().getAccessibleText().contains("Portugal"), app.window().map().getAccessibleText());
        assertEquals(AccessibleRole.IMAGE_VIEW, app.window().map().getAccessibleRole());
    }

    @Test
    void afterAClickTheArrowsStillStepThroughTime() {
        robot.interact(() -> vm.setDate(LocalDate.of(2010, 6, 15)));
        robot.clickOn("#map");
        LocalDate next = vm.days().nextChange();
        robot.type(KeyCode.RIGHT);
        assertEquals(next, vm.date(), "a presenter's → after clicking the map");
    }

    @Test
    void keyLTurnsTheNamesOnAndOff() throws Exception {
        assertFalse(vm.looks().isLabels());
        assertTrue(app.window().map().scene().labels().isEmpty());
        robot.type(KeyCode.L);
        RunningApp.nextFrames();
        assertTrue(vm.looks().isLabels());
        assertFalse(app.window().map().scene().labels().isEmpty(), "names are painted");
        robot.type(KeyCode.L);
        RunningApp.nextFrames();
        assertTrue(app.window().map().scene().labels().isEmpty());
    }

    @Test
    void iconButtonsAndComboBoxesHaveNames() {
        for (String id : new String[] {"#previous-event", "#next-event", "#play"}) {
            Button b = robot.lookup(id).queryAs(Button.class);
            assertNotNull(b.getAccessibleText(), id);
        }
        for (String id : new String[] {"#projection-box", "#palette-box", "#speed"}) {
            ComboBox<?> c = robot.lookup(id).queryAs(ComboBox.class);
            assertNotNull(c.getAccessibleText(), id);
        }
        // the view chooser is a menu button showing its choice: it speaks what it is for and the chosen view
        MenuButton views = robot.lookup("#view-box").queryAs(MenuButton.class);
        assertNotNull(views.getAccessibleText(), "#view-box");
        assertTrue(views.getAccessibleText().endsWith(views.getText()), views.getAccessibleText());
    }
}
