package org.chaord.atlas.ui.internal;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ToolBar;
import org.chaord.atlas.i18n.Texts;

/**
 * Names for what a screen reader would otherwise announce as "button" or "combo box": an icon-only button speaks
 * its tooltip (also when the tooltip changes, as play/pause does); a combo box speaks {@code a11y.<id>} from the
 * bundle, else its tooltip. JavaFX passes these to the platform's reader where it has one (Windows, macOS).
 */
public final class Accessibility {

    private Accessibility() {
    }

    /** Describes every icon-only button and every combo box under {@code root} that has no accessible text yet. */
    public static void describe(Parent root, Texts t) {
        // a tool bar's items sit in its skin, which may not exist yet: ask for them by name
        Iterable<Node> children = root instanceof ToolBar bar ? bar.getItems() : root.getChildrenUnmodifiable();
        for (Node n : children) {
            if (n instanceof ButtonBase b && isBlank(b.getText()) && b.getAccessibleText() == null) {
                b.accessibleTextProperty().bind(Bindings.createStringBinding(
                        () -> b.getTooltip() == null ? null : b.getTooltip().getText(), b.tooltipProperty()));
            } else if (n instanceof MenuButton m && m.getAccessibleText() == null && m.getTooltip() != null) {
                // a chooser that shows its choice (the view menu): what it is for, then what is chosen
                m.accessibleTextProperty().bind(Bindings.createStringBinding(() -> m.getTooltip() == null
                        ? m.getText() : m.getTooltip().getText() + ": " + m.getText(), m.textProperty(), m.tooltipProperty()));
            } else if (n instanceof ComboBox<?> c && c.getAccessibleText() == null) {
                String key = "a11y." + c.getId();
                String named = t.get(key);
                c.setAccessibleText(!named.equals(key) ? named : c.getTooltip() != null ? c.getTooltip().getText() : null);
            }
            if (n instanceof Parent p && !(n instanceof ComboBox)) {
                describe(p, t);
            }
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
