package org.chaord.atlas.ui.app;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.ui.AtlasViewModel;

/** Help → Keyboard shortcuts and About the data. */
final class InfoDialogs {

    private InfoDialogs() {
    }

    static void shortcuts(Window owner, Texts t) {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(6);
        grid.setId("shortcuts-grid");
        int row = 0;
        for (KeyBindings.HelpRow help : KeyBindings.HELP) {
            Label key = new Label(t.get("shortcut." + help.id() + ".keys"));
            key.getStyleClass().add("shortcut-key");
            grid.addRow(row++, key, new Label(t.get("shortcut." + help.id())));
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(t.get("shortcuts.title"));
        alert.setHeaderText(t.get("shortcuts.title"));
        alert.getDialogPane().setContent(grid);
        org.chaord.atlas.ui.internal.DialogLanguage.apply(alert.getDialogPane(), t.locale());
        alert.show();
    }

    static void aboutData(Window owner, AtlasViewModel vm) {
        Texts t = vm.texts();
        Atlas atlas = vm.atlas();
        String asOf = atlas == null || atlas.dataAsOf() == null ? "?" : t.longDate(atlas.dataAsOf());
        Label text = new Label(t.get("about.text"));
        if (org.chaord.atlas.i18n.Languages.isRightToLeft(t.locale())) { // JavaFX 21 repeats words when it wraps Arabic
            org.chaord.atlas.ui.internal.RightToLeftLines.show(text, t.get("about.text"), 36);
        } else {
            text.setWrapText(true);
            text.setPrefWidth(520);
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(t.get("about.title"));
        alert.setHeaderText(t.get("about.asOf", asOf));
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId("about-data");
        org.chaord.atlas.ui.internal.DialogLanguage.apply(alert.getDialogPane(), t.locale());
        alert.show();
    }
}
