package org.chaord.atlas.ui.export;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.chaord.atlas.export.ExportFormat;
import org.chaord.atlas.export.ExportService;
import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.ui.AtlasViewModel;
import org.chaord.atlas.ui.internal.UiThreads;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The export dialog: the {@link ExportForm}, a live {@link ExportPreview} of exactly the figure that will be
 * written, and the {@link ExportBar}; all three show one {@link ExportViewModel}. Settings and the last folder are
 * remembered ({@link ExportSettings}). Enter exports, Esc cancels a running export or closes.
 */
public final class ExportDialog {

    private final ExportViewModel model;
    private final Texts t;
    private final ExportSettings settings = ExportSettings.load();
    private final Stage stage = new Stage();
    private final ExportForm form;
    private final ExportPreview preview;
    private final ExportBar bar;

    /**
     * @param openFolder opens a folder in the desktop's file manager (e.g. through HostServices); null: the dialog
     *                   shows the written file's path without an "Open folder" link
     */
    public ExportDialog(Window owner, AtlasViewModel vm, ExportService service, UiThreads threads,
                        Consumer<Path> openFolder) {
        this.model = new ExportViewModel(vm, service, threads);
        this.t = vm.texts();
        model.restore(settings);
        this.form = new ExportForm(model, t, this::chooseFile);
        this.preview = new ExportPreview(vm, service, model::spec);
        this.bar = new ExportBar(model.job(), t, this::export, model::cancel, this::close, openFolder);
        form.node().disableProperty().bind(model.job().workingProperty());
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(t.get("export.title"));
        HBox body = new HBox(28, form.node(), preview.node(t.get("export.preview")));
        BorderPane root = new BorderPane(body);
        root.setBottom(bar.node());
        root.setPadding(new Insets(22, 24, 20, 24));
        root.setId("export-dialog");
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setResizable(false);
        stage.setOnCloseRequest(e -> model.cancel());
        stage.setOnHidden(e -> {
            preview.stop();
            model.cancel();
            remember();
            preview.shutdown();
        });
        model.job().savedProperty().addListener((o, a, saved) -> {
            if (saved != null) {
                remember();
            }
        });
        model.figureInputs().forEach(o -> o.addListener(x -> preview.request(model.caption())));
        preview.request(model.caption());
    }

    /** The dialog's state and commands. */
    public ExportViewModel model() {
        return model;
    }

    public void show() {
        stage.show();
        stage.toFront();
        bar.exportButton().requestFocus();
    }

    public void close() {
        stage.hide();
    }

    public Stage stage() {
        return stage;
    }

    /** True until the preview shows the current settings. */
    public boolean isPreviewPending() {
        return preview.isPending();
    }

    private void export() {
        form.commitSpinners();
        model.export();
    }

    private void remember() {
        model.remember(settings);
        settings.save();
    }

    private void chooseFile() {
        ExportFormat f = model.formatProperty().get();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(t.get("export.chooser"));
        FileChooser.ExtensionFilter filter = new FileChooser.ExtensionFilter(
                t.get("export.filter." + f.name()) + " (*." + f.extension() + ")", "*." + f.extension());
        chooser.getExtensionFilters().add(filter);
        chooser.setSelectedExtensionFilter(filter);
        Path current = model.targetPath();
        Path dir = current != null && current.getParent() != null && Files.isDirectory(current.getParent())
                ? current.getParent() : settings.folder;
        if (dir != null && Files.isDirectory(dir)) {
            chooser.setInitialDirectory(dir.toFile());
        }
        chooser.setInitialFileName(current != null ? current.getFileName().toString() : model.defaultName(f));
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            ExportFormat named = ExportFormat.fromFileName(chosen.toPath());
            if (named != null) {
                model.selectFormat(named);
            }
            model.setTargetPath(chosen.toPath());
        }
    }
}
