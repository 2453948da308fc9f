package org.chaord.atlas.ui.app;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ListView;
import javafx.stage.Window;
import org.chaord.atlas.data.LoadProblem;

import java.util.List;

/** Lists data problems (file:line:column: message); the app goes on with the valid rows. */
final class ProblemsDialog {

    private ProblemsDialog() {
    }

    static void show(Window owner, List<LoadProblem> problems, org.chaord.atlas.i18n.Texts t) {
        Alert alert = new Alert(Alert.AlertType.WARNING, "", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(t.get("problems.title"));
        alert.setHeaderText(t.get("problems.header", problems.size()));
        ListView<String> list = new ListView<>();
        problems.forEach(p -> list.getItems().add(p.toString()));
        list.setPrefSize(720, 280);
        list.setId("problems-list");
        alert.getDialogPane().setContent(list);
        org.chaord.atlas.ui.internal.DialogLanguage.apply(alert.getDialogPane(), t.locale());
        alert.show();
    }
}
