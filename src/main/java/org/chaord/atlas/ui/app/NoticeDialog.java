package org.chaord.atlas.ui.app;

import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.ui.saved.Notice;

/** Shows a file action's message (a view not opened, a file not found, no printer) without blocking the window. */
final class NoticeDialog {

    private NoticeDialog() {
    }

    static Alert show(Window owner, Texts t, Notice notice) {
        Alert alert = new Alert(notice.problem() ? Alert.AlertType.WARNING : Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(t.get("app.title"));
        alert.setHeaderText(null);
        alert.setContentText(notice.text());
        alert.getDialogPane().setId("notice");
        alert.getDialogPane().setMinWidth(520);
        alert.show();
        return alert;
    }
}
