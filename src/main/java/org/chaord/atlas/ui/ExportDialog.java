package org.chaord.atlas.ui;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.concurrent.Task;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.effect.DropShadow;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.chaord.atlas.export.ExportFormat;
import org.chaord.atlas.export.ExportProgress;
import org.chaord.atlas.export.ExportResult;
import org.chaord.atlas.export.ExportService;
import org.chaord.atlas.export.ExportSpec;
import org.chaord.atlas.export.PaperSize;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.render.ProjectedWorld;
import org.chaord.atlas.render.RegionPreset;
import org.chaord.atlas.render.Texts;
import org.chaord.atlas.render.Viewport;
import org.locationtech.jts.geom.Envelope;

import java.io.File;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The export dialog: format, size, resolution, region, title and subtitle, a live preview of exactly the figure that
 * will be written, and the file. Exports run on a background thread with a progress bar and Cancel; settings and the
 * last folder are remembered ({@link ExportSettings}). Enter exports, Esc cancels a running export or closes.
 */
public final class ExportDialog {

    static final int MIN_PX = 16;
    static final int MAX_PX = 20000;
    static final int MIN_DPI = 36;
    static final int MAX_DPI = 1200;
    private static final double PREVIEW_WIDTH = 440;
    private static final double PREVIEW_HEIGHT = 290;
    private static final String CURRENT = "current";
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
    private final MapView map;
    private final Texts t;
    private final ExportSettings settings = ExportSettings.load();
    private final Consumer<Path> openFolder;
    private final Stage stage = new Stage();
    private final ToggleGroup formats = new ToggleGroup();
    private final ComboBox<SizePreset> size = new ComboBox<>();
    private final Spinner<Integer> widthPx = new Spinner<>(MIN_PX, MAX_PX, 1920, 10);
    private final Spinner<Integer> heightPx = new Spinner<>(MIN_PX, MAX_PX, 1080, 10);
    private final Spinner<Integer> dpi = new Spinner<>(MIN_DPI, MAX_DPI, 96, 12);
    private final ComboBox<String> region = new ComboBox<>();
    private final TextField title = new TextField();
    private final TextField subtitle = new TextField();
    private final TextField file = new TextField();
    private final ImageView preview = new ImageView();
    private final Label caption = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Label message = new Label();
    private final Hyperlink folderLink = new Hyperlink();
    private final Button exportButton = new Button();
    private final Button closeButton = new Button();
    private final GridPane form = new GridPane();
    private final PauseTransition debounce = new PauseTransition(Duration.millis(160));
    private final ExecutorService previewThread = Executors.newSingleThreadExecutor(r -> {
        Thread th = new Thread(r, "export-preview");
        th.setDaemon(true);
        return th;
    });
    private final AtomicBoolean working = new AtomicBoolean();
    private long previewRequested;
    private long previewShown;
    private boolean adjusting;
    private ExportTask task;
    private Path savedFile;

    public ExportDialog(Window owner, AtlasViewModel vm, MapView map) {
        this(owner, vm, map, null);
    }

    /**
     * @param openFolder opens a folder in the desktop's file manager (e.g. through HostServices); null: the dialog
     *                   shows the written file's path without an "Open folder" link
     */
    public ExportDialog(Window owner, AtlasViewModel vm, MapView map, Consumer<Path> openFolder) {
        this.vm = vm;
        this.map = map;
        this.t = vm.texts.get();
        this.openFolder = openFolder;
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
        restore();
        stage.setOnCloseRequest(e -> cancel());
        stage.setOnHidden(e -> {
            debounce.stop();
            cancel();
            remember();
            previewThread.shutdownNow();
        });
        debounce.setOnFinished(e -> renderPreview());
        for (Observable o : new Observable[] {formats.selectedToggleProperty(), size.valueProperty(),
                widthPx.valueProperty(), heightPx.valueProperty(), dpi.valueProperty(), region.valueProperty(),
                title.textProperty(), subtitle.textProperty()}) {
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
        exportButton.requestFocus();
    }

    public void close() {
        stage.hide();
    }

    public Stage stage() {
        return stage;
    }

    // ---- building ----------------------------------------------------------------------------------------------

    private BorderPane build() {
        HBox formatBox = new HBox();
        String[] pills = {"left-pill", "center-pill", "right-pill"};
        for (ExportFormat f : ExportFormat.values()) {
            ToggleButton b = new ToggleButton(f.name());
            b.setUserData(f);
            b.setToggleGroup(formats);
            b.setId("export-format-" + f.extension());
            b.getStyleClass().add(pills[f.ordinal()]);
            b.setMinWidth(64);
            formatBox.getChildren().add(b);
        }
        formats.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });

        size.getItems().setAll(SizePreset.values());
        size.setConverter(converter(p -> t.get("export.size." + p.name())));
        size.setId("export-size");
        size.setMaxWidth(Double.MAX_VALUE);
        size.valueProperty().addListener((obs, old, now) -> sizeChanged(now));

        for (Spinner<Integer> s : List.of(widthPx, heightPx, dpi)) {
            s.setEditable(true);
            s.setPrefWidth(112);
            s.focusedProperty().addListener((obs, was, now) -> {
                if (!now) {
                    commit(s);
                }
            });
        }
        widthPx.setId("export-width");
        heightPx.setId("export-height");
        dpi.setId("export-dpi");
        dpi.valueProperty().addListener(x -> showPaperPixels());
        HBox pixels = row(widthPx, muted("\u00d7"), heightPx, muted(t.get("export.px")));
        HBox resolution = row(dpi, muted(t.get("export.dpiUnit")));

        List<String> regions = new ArrayList<>();
        if (map != null && map.viewport() != null) {
            regions.add(CURRENT);
        }
        for (RegionPreset r : RegionPreset.values()) {
            regions.add(r.id());
        }
        region.getItems().setAll(regions);
        region.setConverter(converter(id -> CURRENT.equals(id) ? t.get("export.region.current")
                : t.get("region." + id)));
        region.setId("export-region");
        region.setMaxWidth(Double.MAX_VALUE);

        title.setId("export-title");
        title.setPrefColumnCount(26);
        subtitle.setId("export-subtitle");
        subtitle.setPromptText(t.get("export.subtitle.prompt"));
        file.setId("export-file");
        Button choose = new Button(t.get("export.choose"));
        choose.setId("export-choose");
        choose.setOnAction(e -> chooseFile());
        HBox.setHgrow(file, Priority.ALWAYS);
        HBox fileRow = row(file, choose);

        form.setHgap(12);
        form.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        fields.setMinWidth(300);
        form.getColumnConstraints().addAll(labels, fields);
        int r = 0;
        form.addRow(r++, label("export.format"), formatBox);
        form.addRow(r++, label("export.size"), size);
        form.addRow(r++, label("export.pixels"), pixels);
        form.addRow(r++, label("export.dpi"), resolution);
        form.addRow(r++, label("export.region"), region);
        form.addRow(r++, label("export.figureTitle"), title);
        form.addRow(r++, label("export.subtitle"), subtitle);
        form.addRow(r, label("export.file"), fileRow);

        preview.setId("export-preview");
        preview.setPreserveRatio(true);
        preview.setSmooth(true);
        preview.setEffect(new DropShadow(8, Color.rgb(0, 0, 0, 0.25)));
        StackPane frame = new StackPane(preview);
        frame.setMinSize(PREVIEW_WIDTH + 24, PREVIEW_HEIGHT + 24);
        frame.setMaxSize(PREVIEW_WIDTH + 24, PREVIEW_HEIGHT + 24);
        frame.setStyle("-fx-background-color: -color-bg-subtle; -fx-background-radius: 6;"
                + " -fx-border-color: -color-border-muted; -fx-border-radius: 6;");
        caption.setId("export-caption");
        caption.getStyleClass().addAll("text-muted", "text-small");
        Label previewLabel = new Label(t.get("export.preview"));
        previewLabel.getStyleClass().add("text-bold");
        VBox previewBox = new VBox(8, previewLabel, frame, caption);

        HBox body = new HBox(28, form, previewBox);

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
                close();
            }
        });
        HBox buttons = new HBox(10, closeButton, exportButton);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        HBox bottom = new HBox(16, status, buttons);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(18, 0, 0, 0));

        BorderPane root = new BorderPane(body);
        root.setBottom(bottom);
        root.setPadding(new Insets(22, 24, 20, 24));
        root.setId("export-dialog");
        return root;
    }

    private Label label(String key) {
        Label l = new Label(t.get(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-muted");
        return l;
    }

    private static HBox row(Node... nodes) {
        HBox box = new HBox(8, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /** Takes the text typed into a spinner (the spinner only commits on Enter). */
    private static void commit(Spinner<Integer> s) {
        SpinnerValueFactory<Integer> f = s.getValueFactory();
        try {
            Integer v = f.getConverter().fromString(s.getEditor().getText().strip());
            if (v != null) {
                f.setValue(v);
            }
        } catch (RuntimeException e) {
            // not a number: keep the value
        }
        s.getEditor().setText(f.getConverter().toString(f.getValue()));
    }

    // ---- state -------------------------------------------------------------------------------------------------

    private void restore() {
        adjusting = true;
        select(settings.format);
        dpi.getValueFactory().setValue(settings.dpi);
        widthPx.getValueFactory().setValue(settings.customWidth);
        heightPx.getValueFactory().setValue(settings.customHeight);
        adjusting = false;
        size.setValue(settings.size);
        region.setValue(region.getItems().contains(settings.region) ? settings.region : region.getItems().get(0));
        // The figure's header already shows "Status on <date>" on the right: the title is the view's name only.
        title.setText(t.viewName(vm.view.get()));
        Path folder = settings.folder != null ? settings.folder : Path.of(System.getProperty("user.home"));
        file.setText(folder.resolve(defaultName(format())).toString());
    }

    private void remember() {
        settings.format = format();
        settings.size = size.getValue();
        if (size.getValue() == SizePreset.CUSTOM) {
            settings.customWidth = widthPx.getValue();
            settings.customHeight = heightPx.getValue();
        }
        settings.dpi = dpi.getValue();
        settings.region = region.getValue();
        Path target = targetPath();
        if (target != null && target.getParent() != null && Files.isDirectory(target.getParent())) {
            settings.folder = target.getParent();
        }
        settings.save();
    }

    private String defaultName(ExportFormat f) {
        return vm.view.get().name().toLowerCase(Locale.ROOT) + "-" + vm.date.get() + "." + f.extension();
    }

    ExportFormat format() {
        return formats.getSelectedToggle() == null ? ExportFormat.PNG
                : (ExportFormat) formats.getSelectedToggle().getUserData();
    }

    void select(ExportFormat f) {
        formats.getToggles().stream().filter(x -> x.getUserData() == f).findFirst()
                .ifPresent(x -> formats.selectToggle(x));
    }

    void selectSize(SizePreset preset) {
        size.setValue(preset);
    }

    void setCustomSize(int w, int h, int resolution) {
        size.setValue(SizePreset.CUSTOM);
        widthPx.getValueFactory().setValue(w);
        heightPx.getValueFactory().setValue(h);
        dpi.getValueFactory().setValue(resolution);
    }

    void setTargetPath(Path p) {
        file.setText(p.toString());
    }

    /** The file to write, its extension matched to the format; null when the field holds no valid path. */
    Path targetPath() {
        String text = file.getText() == null ? "" : file.getText().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return withExtension(Path.of(text), format()).toAbsolutePath();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static Path withExtension(Path p, ExportFormat f) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        if (name.isEmpty() || ExportFormat.fromFileName(p) == f) {
            return p;
        }
        String base = ExportFormat.fromFileName(p) != null ? name.substring(0, name.lastIndexOf('.')) : name;
        return p.resolveSibling(base + "." + f.extension());
    }

    ImageView preview() {
        return preview;
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

    /** True until the preview shows the current settings. */
    boolean isPreviewPending() {
        return previewShown != previewRequested || debounce.getStatus() == javafx.animation.Animation.Status.RUNNING;
    }

    private void sizeChanged(SizePreset preset) {
        if (preset == null) {
            return;
        }
        boolean custom = preset == SizePreset.CUSTOM;
        widthPx.setDisable(!custom);
        heightPx.setDisable(!custom);
        if (!adjusting && !custom) {
            dpi.getValueFactory().setValue(preset.paper.isPaper() ? 300 : (int) PaperSize.SCREEN_DPI);
        }
        showPaperPixels();
    }

    /** For the presets, the pixel spinners show the preset's pixels at the chosen resolution. */
    private void showPaperPixels() {
        SizePreset preset = size.getValue();
        if (preset != null && preset != SizePreset.CUSTOM) {
            widthPx.getValueFactory().setValue(preset.paper.widthPx(dpi.getValue()));
            heightPx.getValueFactory().setValue(preset.paper.heightPx(dpi.getValue()));
        }
    }

    private void settingChanged() {
        if (adjusting) {
            return;
        }
        Path target = targetPath();
        if (target != null && !target.toString().equals(file.getText())) {
            file.setText(target.toString());
        }
        caption.setText(t.get("export.previewCaption", String.valueOf(widthPx.getValue()),
                String.valueOf(heightPx.getValue()), String.valueOf(dpi.getValue()), format().name()));
        previewRequested++;
        debounce.playFromStart();
    }

    /** What the dialog exports now. */
    ExportSpec spec() {
        ProjectedWorld world = vm.world.get();
        String regionId = region.getValue();
        Envelope extent = null;
        RegionPreset preset = RegionPreset.WORLD;
        if (CURRENT.equals(regionId)) {
            Viewport v = map == null ? null : map.viewport();
            extent = v == null ? null : v.visibleWorld();
        } else if (regionId != null) {
            preset = RegionPreset.fromId(regionId);
        }
        String sub = subtitle.getText() == null || subtitle.getText().isBlank() ? null : subtitle.getText().strip();
        return new ExportSpec(format(), widthPx.getValue(), heightPx.getValue(), dpi.getValue(), vm.view.get(),
                vm.date.get(), world == null ? null : world.projection().kind(), preset, vm.palette.get(),
                t.locale(), title.getText(), sub, extent);
    }

    private static synchronized ExportService service() {
        if (service == null) {
            service = new ExportService();
        }
        return service;
    }

    // ---- preview -----------------------------------------------------------------------------------------------

    private void renderPreview() {
        Atlas atlas = vm.atlas();
        ProjectedWorld world = vm.world.get();
        long generation = previewRequested;
        if (atlas == null || world == null || previewThread.isShutdown()) {
            previewShown = generation;
            return;
        }
        ExportSpec spec = spec();
        double scale = Math.min(PREVIEW_WIDTH / spec.width(), PREVIEW_HEIGHT / spec.height());
        previewThread.execute(() -> {
            WritableImage image;
            try {
                image = ImageClipboard.toFx(service().image(spec, atlas, world, scale));
            } catch (RuntimeException | OutOfMemoryError e) {
                image = null;
            }
            WritableImage shown = image;
            Platform.runLater(() -> {
                if (generation == previewRequested) {
                    if (shown != null) {
                        preview.setImage(shown);
                    }
                    previewShown = generation;
                }
            });
        });
    }

    // ---- file chooser ------------------------------------------------------------------------------------------

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
        chooser.setInitialFileName(current != null ? current.getFileName().toString() : defaultName(f));
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

    // ---- export ------------------------------------------------------------------------------------------------

    void export() {
        if (working.get()) {
            return;
        }
        commit(widthPx);
        commit(heightPx);
        commit(dpi);
        Path target = targetPath();
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
        ExportSpec spec = spec();
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
        form.setDisable(busy);
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
        remember();
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
            return t.get("export.error.write", fs.getFile() != null ? fs.getFile() : targetPath(), reason);
        }
        if (e instanceof IOException) {
            return t.get("export.error.write", targetPath(), e.getMessage());
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
                return service().export(spec, atlas, world, target, new ExportProgress() {
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

    // ---- copy image --------------------------------------------------------------------------------------------

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
