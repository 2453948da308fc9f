package org.chaord.atlas.ui.app;

import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;

import java.util.Map;
import java.util.function.Predicate;

/**
 * The window's key filter: the first binding of {@link KeyBindings#ALL} (menu ones aside, the menu bar handles those)
 * that matches the key and whose action is enabled runs it. Presenter keys are left alone while typing.
 */
final class KeyHandler {

    private final Map<AppAction, Runnable> actions;
    private final Predicate<AppAction> enabled;

    KeyHandler(Map<AppAction, Runnable> actions, Predicate<AppAction> enabled) {
        this.actions = actions;
        this.enabled = enabled;
    }

    /**
     * The map canvas (id {@code map}) has the focus and got it from the keyboard (Tab): then the arrows walk the
     * map. After a click or a drag the arrows keep stepping through time, as a presenter expects.
     */
    private static boolean onMap(KeyEvent e) {
        return e.getTarget() instanceof Node n && "map".equals(n.getId()) && n.isFocusVisible();
    }

    void handle(KeyEvent e) {
        // a date field (an editable DatePicker) gets the keys typed into its editor: "Oct 24, 2025" is not C, 2, 5
        boolean typing = e.getTarget() instanceof TextInputControl
                || e.getTarget() instanceof ComboBoxBase<?> box && box.isEditable();
        for (KeyBindings.KeyBinding b : KeyBindings.ALL) {
            if (b.scope() == KeyBindings.Scope.MENU || (typing && b.scope() == KeyBindings.Scope.MAP)
                    || (b.scope() == KeyBindings.Scope.MAP_FOCUSED && !onMap(e))) {
                continue;
            }
            Runnable action = actions.get(b.action());
            if (action != null && b.keys().match(e) && enabled.test(b.action())) {
                action.run();
                e.consume();
                return;
            }
        }
    }
}
