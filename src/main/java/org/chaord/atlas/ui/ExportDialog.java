package org.chaord.atlas.ui;

import javafx.beans.Observable;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.chaord.atlas.export.ExportFormat;
import org.chaord.atlas.export.ExportService;
import org.chaord.atlas.export.ExportSpec;
import org.chaord.atlas.export.PaperSize;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.render.ProjectedWorld;
import org.chaord.atlas.render.RegionPreset;
import org.chaord.atlas.render.Texts;
import org.chaord.atlas.render.Viewport;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The export dialog: format, size, resolution, region, title and subtitle, a live preview of exactly the figure that
 * will be written, and the file. Exports run on a background thread with a progress bar and Cancel; settings and the
 * last folder are remembered ({@link ExportSettings}). Enter exports, Esc cancels a running export or closes.
 * <p>
 * This class holds the window and wires its parts: {@link ExportForm} (the controls and the spec they describe),
 * {@link ExportPreview} (the debounced off-thread preview) and {@link ExportRunner} (the background export).
 */
public final class ExportDialog {

    static final int MIN_PX = 16;
    static final int MAX_PX = 20000;
    static final int MIN_DPI = 36;
    static final int MAX_DPI = 1200;
    private static ExportService service;

    /** The size choices: the export presets plus custom pixels. */
    enum SizePreset {
        SLIDE(PaperSize.SLIDE), UHD_4K(PaperSize.UHD_4K), A4(PaperSize.A4), A3(PaperSize.A3), CUSTOM(null);

        final PaperSize paper;

        SizePreset(PaperSize paper) {
            this.paper = paper;
        }
    }

    private final AtlasViewModel vm;
    private final Texts t;
    private final ExportSettings settings = ExportSettings.load();
    private final Stage stage = new Stage();
    private final ExportForm form;
    private final ExportPreview preview;
    private final ExportRunner runner;

    public ExportDialog(Window owner, AtlasViewModel vm, MapView map) {
        this(owner, vm, map, null);
    }

    /**
     * @param openFolder opens a folder in the desktop's file manager (e.g. through HostServices); null: the dialog
     *                   shows the written file's path without an "Open folder" link
     */
    public ExportDialog(Window owner, AtlasViewModel vm, MapView map, Consumer<Path> openFolder) {
        this.vm = vm;
        this.t = vm.texts.get();
        this.form = new ExportForm(vm, map, t, this::chooseFile);
        this.preview = new ExportPreview(vm, form::spec);
        this.runner = new ExportRunner(vm, t, form, openFolder, this::remember);
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(t.get("export.title"));
        Scene scene = new Scene(build());
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setResizable(false);
        form.restore(settings);
        stage.setOnCloseRequest(e -> cancel());
        stage.setOnHidden(e -> {
            preview.stop();
            cancel();
            remember();
            preview.shutdown();
        });
        for (Observable o : form.observables()) {
            o.addListener(x -> settingChanged());
        }
        settingChanged();
    }

    /** Opens the export dialog for the main window's current view (not blocking). */
    public static ExportDialog show(Window owner, AtlasViewModel vm, MapView map) {
        ExportDialog dialog = new ExportDialog(owner, vm, map);
        dialog.show();
        return dialog;
    }

    /** Puts the current view, painted as a figure at the map's size, on the system clipboard as an image. */
    public static void copyImage(AtlasViewModel vm, MapView map) {
        Image image = figureImage(vm, map);
        if (image != null) {
            ImageClipboard.put(image);
        }
    }

    public void show() {
        stage.show();
        stage.toFront();
        runner.exportButton().requestFocus();
    }

    public void close() {
        stage.hide();
    }

    public Stage stage() {
        return stage;
    }

    private BorderPane build() {
        HBox body = new HBox(28, form.node(), preview.node(t.get("export.preview")));
        BorderPane root = new BorderPane(body);
        root.setBottom(runner.bar(this::close));
        root.setPadding(new Insets(22, 24, 20, 24));
        root.setId("export-dialog");
        return root;
    }

    private void remember() {
        form.remember(settings);
        settings.save();
    }

    private void settingChanged() {
        if (form.isAdjusting()) {
            return;
        }
        form.matchFileToFormat();
        preview.request(form.caption());
    }

    private void chooseFile() {
        ExportFormat f = format();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(t.get("export.chooser"));
        FileChooser.ExtensionFilter filter = new FileChooser.ExtensionFilter(
                t.get("export.filter." + f.name()) + " (*." + f.extension() + ")", "*." + f.extension());
        chooser.getExtensionFilters().add(filter);
        chooser.setSelectedExtensionFilter(filter);
        Path current = targetPath();
        Path dir = current != null && current.getParent() != null && Files.isDirectory(current.getParent())
                ? current.getParent() : settings.folder;
        if (dir != null && Files.isDirectory(dir)) {
            chooser.setInitialDirectory(dir.toFile());
        }
        chooser.setInitialFileName(current != null ? current.getFileName().toString() : form.defaultName(f));
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            ExportFormat named = ExportFormat.fromFileName(chosen.toPath());
            if (named != null) {
                select(named);
            }
            setTargetPath(chosen.toPath());
            settingChanged();
        }
    }

    // ---- for the tests: the form, the preview and the runner seen through the dialog ------------------------------

    ExportFormat format() {
        return form.format();
    }

    void select(ExportFormat f) {
        form.select(f);
    }

    void selectSize(SizePreset preset) {
        form.selectSize(preset);
    }

    void setCustomSize(int w, int h, int resolution) {
        form.setCustomSize(w, h, resolution);
    }

    void setTargetPath(Path p) {
        form.setTargetPath(p);
    }

    /** The file to write, its extension matched to the format; null when the field holds no valid path. */
    Path targetPath() {
        return form.targetPath();
    }

    /** What the dialog exports now. */
    ExportSpec spec() {
        return form.spec();
    }

    ImageView preview() {
        return preview.imageView();
    }

    /** True until the preview shows the current settings. */
    boolean isPreviewPending() {
        return preview.isPending();
    }

    Label message() {
        return runner.message();
    }

    Button exportButton() {
        return runner.exportButton();
    }

    /** True while an export's worker thread runs (also after Cancel, until it has stopped and cleaned up). */
    boolean isWorking() {
        return runner.isWorking();
    }

    void export() {
        runner.export();
    }

    /** Asks a running export to stop; it stops at its next stage and removes its temporary file. */
    void cancel() {
        runner.cancel();
    }

    // ---- shared ------------------------------------------------------------------------------------------------

    /** The export service shared by the preview, the exports and Copy image. */
    static synchronized ExportService service() {
        if (service == null) {
            service = new ExportService();
        }
        return service;
    }

    /** The current view painted as a figure of the map's size (what "Copy image" puts on the clipboard), or null. */
    static WritableImage figureImage(AtlasViewModel vm, MapView map) {
        Atlas atlas = vm.atlas();
        ProjectedWorld world = vm.world.get();
        int w = (int) Math.round(map.getWidth());
        int h = (int) Math.round(map.getHeight());
        if (atlas == null || world == null || w <= 0 || h <= 0) {
            return null;
        }
        Viewport v = map.viewport();
        ExportSpec spec = new ExportSpec(ExportFormat.PNG, w, h, PaperSize.SCREEN_DPI, vm.view.get(), vm.date.get(),
                world.projection().kind(), RegionPreset.WORLD, vm.palette.get(), vm.texts.get().locale(), null, null,
                v == null ? null : v.visibleWorld());
        return ImageClipboard.toFx(service().image(spec, atlas, world, 1));
    }
}
