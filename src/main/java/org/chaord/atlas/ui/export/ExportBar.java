package org.chaord.atlas.ui.export;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.chaord.atlas.i18n.Texts;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The dialog's bottom bar, showing its {@link ExportJob}: progress, the message (green when saved, red when it
 * failed), the "Open folder" link after a save, and the Export and Close/Cancel buttons.
 */
final class ExportBar {

    private final Label message = new Label();
    private final Button exportButton = new Button();
    private final HBox node;

    /**
     * @param onExport   what Export (and Enter) does
     * @param onCancel   what Cancel (and Esc) does while an export runs
     * @param onClose    what Close (and Esc) does when no export runs
     * @param openFolder opens a folder in the desktop's file manager; null: no "Open folder" link
     */
    ExportBar(ExportJob job, Texts t, Runnable onExport, Runnable onCancel, Runnable onClose, Consumer<Path> openFolder) {
        ProgressBar progress = new ProgressBar();
        progress.setId("export-progress");
        progress.setPrefWidth(180);
        progress.visibleProperty().bind(job.workingProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        progress.progressProperty().bind(job.progressProperty());
        message.setId("export-message");
        message.setWrapText(true);
        message.setMaxWidth(560);
        message.textProperty().bind(job.messageProperty());
        job.outcomeProperty().addListener((o, a, outcome) -> style(outcome));
        Hyperlink folderLink = new Hyperlink(t.get("export.openFolder"));
        folderLink.setId("export-open-folder");
        folderLink.visibleProperty().bind(job.savedProperty().isNotNull().and(Bindings.createBooleanBinding(
                () -> openFolder != null && !job.isWorking(), job.workingProperty())));
        folderLink.managedProperty().bind(folderLink.visibleProperty());
        folderLink.setOnAction(e -> {
            Path saved = job.savedProperty().get();
            if (openFolder != null && saved != null) {
                openFolder.accept(saved.getParent());
            }
        });
        HBox status = new HBox(10, progress, message, folderLink);
        status.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(status, Priority.ALWAYS);

        exportButton.setId("export-button");
        exportButton.setText(t.get("export.export"));
        exportButton.setDefaultButton(true);
        exportButton.getStyleClass().add("accent");
        exportButton.setMinWidth(96);
        exportButton.setOnAction(e -> onExport.run());
        exportButton.disableProperty().bind(job.workingProperty());
        Button closeButton = new Button();
        closeButton.setId("export-close");
        closeButton.textProperty().bind(Bindings.when(job.workingProperty())
                .then(t.get("export.cancel")).otherwise(t.get("export.close")));
        closeButton.setCancelButton(true);
        closeButton.setMinWidth(96);
        closeButton.disableProperty().bind(job.cancellingProperty());
        closeButton.setOnAction(e -> {
            if (job.isWorking()) {
                onCancel.run();
            } else {
                onClose.run();
            }
        });
        HBox buttons = new HBox(10, closeButton, exportButton);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        node = new HBox(16, status, buttons);
        node.setAlignment(Pos.CENTER_LEFT);
        node.setPadding(new Insets(18, 0, 0, 0));
    }

    HBox node() {
        return node;
    }

    Button exportButton() {
        return exportButton;
    }

    private void style(ExportJob.Outcome outcome) {
        message.getStyleClass().removeAll("danger", "success");
        if (outcome == ExportJob.Outcome.SAVED) {
            message.getStyleClass().add("success");
        } else if (outcome == ExportJob.Outcome.FAILED) {
            message.getStyleClass().add("danger");
        }
    }
}
