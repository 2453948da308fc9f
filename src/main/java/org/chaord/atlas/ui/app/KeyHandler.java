package org.chaord.atlas.ui.app;

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

    void handle(KeyEvent e) {
        boolean typing = e.getTarget() instanceof TextInputControl;
        for (KeyBindings.KeyBinding b : KeyBindings.ALL) {
            if (b.scope() == KeyBindings.Scope.MENU || (typing && b.scope() == KeyBindings.Scope.MAP)) {
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
