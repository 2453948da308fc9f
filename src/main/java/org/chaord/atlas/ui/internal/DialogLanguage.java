package org.chaord.atlas.ui.internal;

import javafx.geometry.NodeOrientation;
import javafx.scene.control.DialogPane;
import org.chaord.atlas.i18n.Languages;

import java.util.Locale;

/**
 * An alert in the interface's language: right to left for Arabic and in the family {@link ScriptFonts} picks. An
 * Alert's own scene neither inherits the window's orientation nor copies its stylesheets, so an Arabic alert was
 * laid out left to right in "System", with the unmirrored brackets of ADR 0029.
 */
public final class DialogLanguage {

    private DialogLanguage() {
    }

    public static void apply(DialogPane pane, Locale locale) {
        NodeOrientation orientation = Languages.isRightToLeft(locale)
                ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT;
        pane.setNodeOrientation(orientation);
        if (pane.getScene() != null) {
            pane.getScene().setNodeOrientation(orientation);
        }
        String family = ScriptFonts.forLanguage(locale);
        pane.setStyle(ScriptFonts.SYSTEM.equals(family) ? "" : "-fx-font-family: \"" + family + "\";");
    }
}
