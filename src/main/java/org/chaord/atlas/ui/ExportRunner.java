package org.chaord.atlas.ui;

import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.chaord.atlas.export.ExportProgress;
import org.chaord.atlas.export.ExportResult;
import org.chaord.atlas.export.ExportSpec;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.render.ProjectedWorld;
import org.chaord.atlas.render.Texts;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Runs the export dialog's export on a background thread: the Export and Close/Cancel buttons, the progress bar, and
 * the message that tells how the export ended (saved, cancelled, or why it failed).
 */
final class ExportRunner {

    private final AtlasViewModel vm;
    private final Texts t;
    private final ExportForm form;
    private final Consumer<Path> openFolder;
    private final Runnable onSaved;
    private final ProgressBar progress = new ProgressBar();
    private final Label message = new Label();
    private final Hyperlink folderLink = new Hyperlink();
    private final Button exportButton = new Button();
    private final Button closeButton = new Button();
    private final AtomicBoolean working = new AtomicBoolean();
    private ExportTask task;
    private Path savedFile;

    /**
     * @param openFolder opens a folder in the desktop's file manager; null: no "Open folder" link
     * @param onSaved    runs on the FX thread after a file has been written
     */
    ExportRunner(AtlasViewModel vm, Texts t, ExportForm form, Consumer<Path> openFolder, Runnable onSaved) {
        this.vm = vm;
        this.t = t;
        this.form = form;
        this.openFolder = openFolder;
        this.onSaved = onSaved;
    }

    /** The status (progress, message, folder link) and the buttons; Close runs {@code close} when idle. */
    HBox bar(Runnable close) {
        progress.setId("export-progress");
        progress.setPrefWidth(180);
        progress.setVisible(false);
        progress.managedProperty().bind(progress.visibleProperty());
        message.setId("export-message");
        message.setWrapText(true);
        message.setMaxWidth(560);
        folderLink.setId("export-open-folder");
        folderLink.setText(t.get("export.openFolder"));
        folderLink.setVisible(false);
        folderLink.managedProperty().bind(folderLink.visibleProperty());
        folderLink.setOnAction(e -> {
            if (openFolder != null && savedFile != null) {
                openFolder.accept(savedFile.getParent());
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
        exportButton.setOnAction(e -> export());
        closeButton.setId("export-close");
        closeButton.setText(t.get("export.close"));
        closeButton.setCancelButton(true);
        closeButton.setMinWidth(96);
        closeButton.setOnAction(e -> {
            if (working.get()) {
                cancel();
            } else {
                close.run();
            }
        });
        HBox buttons = new HBox(10, closeButton, exportButton);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        HBox bottom = new HBox(16, status, buttons);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(18, 0, 0, 0));
        return bottom;
    }

    Label message() {
        return message;
    }

    Button exportButton() {
        return exportButton;
    }

    /** True while an export's worker thread runs (also after Cancel, until it has stopped and cleaned up). */
    boolean isWorking() {
        return working.get();
    }

    void export() {
        if (working.get()) {
            return;
        }
        form.commitSpinners();
        Path target = form.targetPath();
        if (target == null || target.getFileName() == null) {
            showError(t.get("export.error.noFile"));
            return;
        }
        Atlas atlas = vm.atlas();
        ProjectedWorld world = vm.world.get();
        if (atlas == null || world == null) {
            showError(t.get("export.error.noData"));
            return;
        }
        ExportSpec spec = form.spec();
        ExportTask job = new ExportTask(spec, atlas, world, target);
        task = job;
        working.set(true);
        setBusy(true);
        message.getStyleClass().removeAll("danger", "success");
        message.textProperty().bind(job.messageProperty());
        progress.progressProperty().bind(job.progressProperty());
        folderLink.setVisible(false);
        job.setOnSucceeded(e -> succeeded(job.getValue()));
        job.setOnFailed(e -> failed(job.getException(), spec));
        Thread th = new Thread(job, "export");
        th.setDaemon(true);
        th.start();
    }

    /** Asks a running export to stop; it stops at its next stage and removes its temporary file. */
    void cancel() {
        if (task != null && working.get() && task.cancel(false)) {
            unbind();
            message.setText(t.get("export.cancelling"));
            progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
            closeButton.setDisable(true);
        }
    }

    private void setBusy(boolean busy) {
        form.node().setDisable(busy);
        exportButton.setDisable(busy);
        progress.setVisible(busy);
        closeButton.setText(t.get(busy ? "export.cancel" : "export.close"));
        closeButton.setDisable(false);
    }

    private void unbind() {
        message.textProperty().unbind();
        progress.progressProperty().unbind();
    }

    private void succeeded(ExportResult result) {
        unbind();
        setBusy(false);
        savedFile = result.file();
        message.getStyleClass().add("success");
        message.setText(t.get("export.saved", result.file().toString(), bytes(result.bytes())));
        folderLink.setVisible(openFolder != null);
        onSaved.run();
    }

    private void failed(Throwable e, ExportSpec spec) {
        unbind();
        setBusy(false);
        if (e instanceof CancellationException) {
            showCancelled();
        } else {
            showError(describe(e, spec));
        }
    }

    /** Called on the FX thread once the worker has returned, whatever happened. */
    private void workerEnded(ExportTask job) {
        if (job.isCancelled()) {
            unbind();
            setBusy(false);
            showCancelled();
        }
    }

    private void showCancelled() {
        message.getStyleClass().removeAll("danger", "success");
        message.setText(t.get("export.cancelled"));
    }

    private void showError(String text) {
        message.textProperty().unbind();
        message.getStyleClass().remove("success");
        if (!message.getStyleClass().contains("danger")) {
            message.getStyleClass().add("danger");
        }
        message.setText(text);
        folderLink.setVisible(false);
    }

    private String describe(Throwable e, ExportSpec spec) {
        if (e instanceof OutOfMemoryError) {
            return t.get("export.error.memory", spec.width(), spec.height());
        }
        if (e instanceof FileSystemException fs) {
            String reason = e instanceof AccessDeniedException ? t.get("export.reason.denied")
                    : e instanceof NoSuchFileException ? t.get("export.reason.missing")
                    : e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException
                    ? t.get("export.reason.notFolder")
                    : fs.getReason() != null ? fs.getReason() : t.get("export.reason.other");
            return t.get("export.error.write", fs.getFile() != null ? fs.getFile() : form.targetPath(), reason);
        }
        if (e instanceof IOException) {
            return t.get("export.error.write", form.targetPath(), e.getMessage());
        }
        String why = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        return t.get("export.error.failed", why);
    }

    private static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        if (n < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.0f kB", n / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", n / (1024.0 * 1024.0));
    }

    private final class ExportTask extends Task<ExportResult> {
        private final ExportSpec spec;
        private final Atlas atlas;
        private final ProjectedWorld world;
        private final Path target;

        ExportTask(ExportSpec spec, Atlas atlas, ProjectedWorld world, Path target) {
            this.spec = spec;
            this.atlas = atlas;
            this.world = world;
            this.target = target;
        }

        @Override
        protected ExportResult call() throws Exception {
            try {
                return ExportDialog.service().export(spec, atlas, world, target, new ExportProgress() {
                    @Override
                    public void stage(String name, double fraction) {
                        updateProgress(fraction, 1);
                        updateMessage(t.get("export.stage." + name));
                    }

                    @Override
                    public boolean isCancelled() {
                        return ExportTask.this.isCancelled();
                    }
                });
            } finally {
                working.set(false);
                Platform.runLater(() -> workerEnded(this));
            }
        }
    }
}
