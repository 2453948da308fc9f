package org.chaord.atlas.ui.app;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.chaord.atlas.i18n.Languages;
import org.chaord.atlas.i18n.Texts;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one key table: Help lists only bound keys, in every language; the handler runs the table's action. */
class KeyBindingsTest {

    @Test
    void everyHelpRowDescribesBoundActionsInEveryLanguage() {
        for (KeyBindings.HelpRow row : KeyBindings.HELP) {
            for (AppAction action : row.actions()) {
                assertTrue(KeyBindings.accelerator(action).isPresent(), row.id() + ": " + action + " has a key");
            }
            for (Locale l : Languages.SUPPORTED) {
                Texts t = new Texts(l);
                for (String key : List.of("shortcut." + row.id(), "shortcut." + row.id() + ".keys")) {
                    assertFalse(t.get(key).equals(key), l + " has no text for " + key);
                }
            }
        }
    }

    @Test
    void menuItemsShowTheTablesKeys() {
        assertEquals("Ctrl+E", KeyBindings.accelerator(AppAction.EXPORT).orElseThrow().getDisplayText());
        assertEquals("F5", KeyBindings.accelerator(AppAction.PRESENTATION).orElseThrow().getDisplayText());
    }

    private static KeyEvent press(KeyCode code, boolean shift, boolean control) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, control, false, false);
    }

    @Test
    void theHandlerRunsTheFirstEnabledMatchingBinding() {
        List<AppAction> ran = new ArrayList<>();
        Map<AppAction, Runnable> actions = new EnumMap<>(AppAction.class);
        for (AppAction a : AppAction.values()) {
            actions.put(a, () -> ran.add(a));
        }
        boolean[] presenting = {false};
        KeyHandler handler = new KeyHandler(actions, a -> a != AppAction.LEAVE_PRESENTATION || presenting[0]);
        handler.handle(press(KeyCode.ESCAPE, false, false));
        handler.handle(press(KeyCode.EQUALS, true, false)); // "+" on a US keyboard
        handler.handle(press(KeyCode.F, false, true));
        handler.handle(press(KeyCode.E, false, true)); // a menu accelerator: the menu bar's, not the handler's
        presenting[0] = true;
        handler.handle(press(KeyCode.ESCAPE, false, false));
        assertEquals(List.of(AppAction.CLEAR_SELECTION, AppAction.ZOOM_IN, AppAction.FIND,
                AppAction.LEAVE_PRESENTATION), ran);
    }
}
