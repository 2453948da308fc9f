package org.chaord.atlas.ui.app;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import java.util.List;
import java.util.Optional;

import static org.chaord.atlas.ui.app.AppAction.CLEAR_SELECTION;
import static org.chaord.atlas.ui.app.AppAction.OPEN_RECORD;
import static org.chaord.atlas.ui.app.AppAction.SELECT_DOWN;
import static org.chaord.atlas.ui.app.AppAction.SELECT_LEFT;
import static org.chaord.atlas.ui.app.AppAction.SELECT_RIGHT;
import static org.chaord.atlas.ui.app.AppAction.SELECT_UP;
import static org.chaord.atlas.ui.app.AppAction.TOGGLE_CHART;
import static org.chaord.atlas.ui.app.AppAction.TOGGLE_LABELS;
import static org.chaord.atlas.ui.app.AppAction.COMPARE;
import static org.chaord.atlas.ui.app.AppAction.TOGGLE_TABLE;
import static org.chaord.atlas.ui.app.AppAction.COPY_IMAGE;
import static org.chaord.atlas.ui.app.AppAction.EXPORT;
import static org.chaord.atlas.ui.app.AppAction.FIND;
import static org.chaord.atlas.ui.app.AppAction.FULL_SCREEN;
import static org.chaord.atlas.ui.app.AppAction.LEAVE_PRESENTATION;
import static org.chaord.atlas.ui.app.AppAction.NEXT_EVENT;
import static org.chaord.atlas.ui.app.AppAction.OPEN_DATASET;
import static org.chaord.atlas.ui.app.AppAction.OPEN_VIEW;
import static org.chaord.atlas.ui.app.AppAction.PRINT;
import static org.chaord.atlas.ui.app.AppAction.SAVE_VIEW;
import static org.chaord.atlas.ui.app.AppAction.PLAY_PAUSE;
import static org.chaord.atlas.ui.app.AppAction.PRESENTATION;
import static org.chaord.atlas.ui.app.AppAction.PREVIOUS_EVENT;
import static org.chaord.atlas.ui.app.AppAction.QUIT;
import static org.chaord.atlas.ui.app.AppAction.RELOAD;
import static org.chaord.atlas.ui.app.AppAction.SHORTCUTS;
import static org.chaord.atlas.ui.app.AppAction.TOGGLE_PANELS;
import static org.chaord.atlas.ui.app.AppAction.VIEW_1;
import static org.chaord.atlas.ui.app.AppAction.VIEW_2;
import static org.chaord.atlas.ui.app.AppAction.VIEW_3;
import static org.chaord.atlas.ui.app.AppAction.VIEW_4;
import static org.chaord.atlas.ui.app.AppAction.VIEW_5;
import static org.chaord.atlas.ui.app.AppAction.VIEW_6;
import static org.chaord.atlas.ui.app.AppAction.VIEW_7;
import static org.chaord.atlas.ui.app.AppAction.VIEW_8;
import static org.chaord.atlas.ui.app.AppAction.VIEW_9;
import static org.chaord.atlas.ui.app.AppAction.WORLD;
import static org.chaord.atlas.ui.app.AppAction.YEAR_BACK;
import static org.chaord.atlas.ui.app.AppAction.YEAR_ON;
import static org.chaord.atlas.ui.app.AppAction.ZOOM_IN;
import static org.chaord.atlas.ui.app.AppAction.ZOOM_OUT;

/**
 * The one table of keys: the window's key handler, the menu accelerators and Help → Keyboard shortcuts all read it.
 * The first binding of an action is the one a menu shows.
 */
public final class KeyBindings {

    /** Where a binding works. */
    public enum Scope {
        /** Anywhere in the window, also while typing and with the menu bar hidden (presentation). */
        ANYWHERE,
        /** Only while the map has the keyboard focus (Tab into it): the arrows walk from country to country. */
        MAP_FOCUSED,
        /** On the map and panels, not while typing in a text field. */
        MAP,
        /** Through the menu bar's accelerator only. */
        MENU
    }

    /** One key for one action. */
    public record KeyBinding(AppAction action, KeyCombination keys, Scope scope) {
    }

    /** One line of Help → Keyboard shortcuts: its words are {@code shortcut.<id>.keys} and {@code shortcut.<id>}. */
    public record HelpRow(String id, List<AppAction> actions) {
    }

    public static final List<KeyBinding> ALL = List.of(
            anywhere(FIND, shortcut(KeyCode.F)),
            anywhere(PRESENTATION, any(KeyCode.F5)),
            anywhere(FULL_SCREEN, any(KeyCode.F11)),
            anywhere(LEAVE_PRESENTATION, any(KeyCode.ESCAPE)),
            focused(SELECT_LEFT, KeyCode.LEFT), focused(SELECT_RIGHT, KeyCode.RIGHT),
            focused(SELECT_UP, KeyCode.UP), focused(SELECT_DOWN, KeyCode.DOWN),
            focused(OPEN_RECORD, KeyCode.ENTER),
            map(PLAY_PAUSE, KeyCode.SPACE),
            map(PREVIOUS_EVENT, KeyCode.LEFT),
            map(NEXT_EVENT, KeyCode.RIGHT),
            map(YEAR_BACK, KeyCode.PAGE_UP),
            map(YEAR_ON, KeyCode.PAGE_DOWN),
            map(ZOOM_IN, KeyCode.PLUS), map(ZOOM_IN, KeyCode.ADD), map(ZOOM_IN, KeyCode.EQUALS),
            map(ZOOM_OUT, KeyCode.MINUS), map(ZOOM_OUT, KeyCode.SUBTRACT),
            map(VIEW_1, KeyCode.DIGIT1), map(VIEW_2, KeyCode.DIGIT2), map(VIEW_3, KeyCode.DIGIT3),
            map(VIEW_4, KeyCode.DIGIT4), map(VIEW_5, KeyCode.DIGIT5), map(VIEW_6, KeyCode.DIGIT6),
            map(VIEW_7, KeyCode.DIGIT7), map(VIEW_8, KeyCode.DIGIT8), map(VIEW_9, KeyCode.DIGIT9),
            map(WORLD, KeyCode.HOME),
            map(CLEAR_SELECTION, KeyCode.ESCAPE),
            map(TOGGLE_PANELS, KeyCode.P),
            map(TOGGLE_LABELS, KeyCode.L),
            map(TOGGLE_CHART, KeyCode.G),
            map(COMPARE, KeyCode.C),
            map(TOGGLE_TABLE, KeyCode.T),
            menu(EXPORT, shortcut(KeyCode.E)),
            menu(COPY_IMAGE, new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
            // Ctrl+O opens a dataset, Ctrl+Shift+O a saved view: here Shift matters
            menu(OPEN_DATASET, new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN)),
            menu(OPEN_VIEW, new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
            menu(SAVE_VIEW, shortcut(KeyCode.S)),
            menu(PRINT, shortcut(KeyCode.P)),
            menu(RELOAD, shortcut(KeyCode.R)),
            menu(QUIT, shortcut(KeyCode.Q)),
            menu(SHORTCUTS, new KeyCodeCombination(KeyCode.F1)));

    public static final List<HelpRow> HELP = List.of(
            new HelpRow("play", List.of(PLAY_PAUSE)),
            new HelpRow("events", List.of(PREVIOUS_EVENT, NEXT_EVENT)),
            new HelpRow("years", List.of(YEAR_BACK, YEAR_ON)),
            new HelpRow("zoom", List.of(ZOOM_IN, ZOOM_OUT)),
            new HelpRow("world", List.of(WORLD)),
            new HelpRow("labels", List.of(TOGGLE_LABELS)),
            new HelpRow("chart", List.of(TOGGLE_CHART)),
            new HelpRow("compare", List.of(COMPARE)),
            new HelpRow("table", List.of(TOGGLE_TABLE)),
            new HelpRow("neighbour", List.of(SELECT_LEFT, SELECT_RIGHT, SELECT_UP, SELECT_DOWN, OPEN_RECORD)),
                        new HelpRow("views", List.of(VIEW_1, VIEW_2, VIEW_3, VIEW_4, VIEW_5, VIEW_6, VIEW_7, VIEW_8,
                    VIEW_9)),
            new HelpRow("find", List.of(FIND)),
            new HelpRow("export", List.of(EXPORT)),
            new HelpRow("copy", List.of(COPY_IMAGE)),
            new HelpRow("saveView", List.of(SAVE_VIEW)),
            new HelpRow("openView", List.of(OPEN_VIEW)),
            new HelpRow("print", List.of(PRINT)),
            new HelpRow("presentation", List.of(PRESENTATION, LEAVE_PRESENTATION)),
            new HelpRow("fullScreen", List.of(FULL_SCREEN)),
            new HelpRow("clear", List.of(CLEAR_SELECTION)));

    private KeyBindings() {
    }

    /** The keys a menu item shows for an action, if it has any. */
    public static Optional<KeyCombination> accelerator(AppAction action) {
        return ALL.stream().filter(b -> b.action() == action).map(KeyBinding::keys).findFirst();
    }

    private static KeyBinding anywhere(AppAction action, KeyCombination keys) {
        return new KeyBinding(action, keys, Scope.ANYWHERE);
    }

    /** A presenter's key: Shift does not matter (+ is Shift+= on many keyboards); Ctrl, Alt and Meta must be up. */
    private static KeyBinding map(AppAction action, KeyCode code) {
        return new KeyBinding(action, new KeyCodeCombination(code, KeyCombination.SHIFT_ANY), Scope.MAP);
    }

    private static KeyBinding focused(AppAction action, KeyCode code) {
        return new KeyBinding(action, new KeyCodeCombination(code), Scope.MAP_FOCUSED);
    }

    private static KeyBinding menu(AppAction action, KeyCombination keys) {
        return new KeyBinding(action, keys, Scope.MENU);
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY);
    }

    /** A key that works with any modifier held. */
    private static KeyCombination any(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHIFT_ANY, KeyCombination.CONTROL_ANY,
                KeyCombination.ALT_ANY, KeyCombination.META_ANY, KeyCombination.SHORTCUT_ANY);
    }
}
