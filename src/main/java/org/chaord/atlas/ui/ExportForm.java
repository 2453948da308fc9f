package org.chaord.atlas.ui;

import javafx.beans.Observable;
import javafx.geometry.HPos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.chaord.atlas.export.ExportFormat;
import org.chaord.atlas.export.ExportSpec;
import org.chaord.atlas.export.PaperSize;
import org.chaord.atlas.render.ProjectedWorld;
import org.chaord.atlas.render.RegionPreset;
import org.chaord.atlas.render.Texts;
import org.chaord.atlas.render.Viewport;
import org.chaord.atlas.ui.ExportDialog.SizePreset;
import org.locationtech.jts.geom.Envelope;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.chaord.atlas.ui.ExportControls.commit;
import static org.chaord.atlas.ui.ExportControls.formatPills;
import static org.chaord.atlas.ui.ExportControls.label;
import static org.chaord.atlas.ui.ExportControls.muted;
import static org.chaord.atlas.ui.ExportControls.row;
import static org.chaord.atlas.ui.ExportDialog.MAX_DPI;
import static org.chaord.atlas.ui.ExportDialog.MAX_PX;
import static org.chaord.atlas.ui.ExportDialog.MIN_DPI;
import static org.chaord.atlas.ui.ExportDialog.MIN_PX;

/**
 * The export dialog's form: format, size, pixels, resolution, region, title, subtitle and file, and the
 * {@link ExportSpec} they describe. The spinners show a preset's pixels at the chosen resolution; the file name's
 * extension follows the format.
 */
final class ExportForm {

    private static final String CURRENT = "current";

    private final AtlasViewModel vm;
    private final MapView map;
    private final Texts t;
    private final ToggleGroup formats = new ToggleGroup();
    private final ComboBox<SizePreset> size = new ComboBox<>();
    private final Spinner<Integer> widthPx = new Spinner<>(MIN_PX, MAX_PX, 1920, 10);
    private final Spinner<Integer> heightPx = new Spinner<>(MIN_PX, MAX_PX, 1080, 10);
    private final Spinner<Integer> dpi = new Spinner<>(MIN_DPI, MAX_DPI, 96, 12);
    private final ComboBox<String> region = new ComboBox<>();
    private final TextField title = new TextField();
    private final TextField subtitle = new TextField();
    private final TextField file = new TextField();
    private final GridPane grid = new GridPane();
    private boolean adjusting;

    /** @param chooseFile what the "Choose…" button next to the file does */
    ExportForm(AtlasViewModel vm, MapView map, Texts t, Runnable chooseFile) {
        this.vm = vm;
        this.map = map;
        this.t = t;
        HBox formatBox = formatPills(formats);

        size.getItems().setAll(SizePreset.values());
        size.setConverter(Labels.of(p -> t.get("export.size." + p.name())));
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
        region.setConverter(Labels.of(id -> CURRENT.equals(id) ? t.get("export.region.current")
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
        choose.setOnAction(e -> chooseFile.run());
        HBox.setHgrow(file, Priority.ALWAYS);
        HBox fileRow = row(file, choose);

        grid.setHgap(12);
        grid.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        fields.setMinWidth(300);
        grid.getColumnConstraints().addAll(labels, fields);
        int r = 0;
        grid.addRow(r++, label(t, "export.format"), formatBox);
        grid.addRow(r++, label(t, "export.size"), size);
        grid.addRow(r++, label(t, "export.pixels"), pixels);
        grid.addRow(r++, label(t, "export.dpi"), resolution);
        grid.addRow(r++, label(t, "export.region"), region);
        grid.addRow(r++, label(t, "export.figureTitle"), title);
        grid.addRow(r++, label(t, "export.subtitle"), subtitle);
        grid.addRow(r, label(t, "export.file"), fileRow);
    }

    /** The grid of labels and controls. */
    GridPane node() {
        return grid;
    }

    /** What changes the figure, in the order the dialog listens to it. */
    List<Observable> observables() {
        return List.of(formats.selectedToggleProperty(), size.valueProperty(), widthPx.valueProperty(),
                heightPx.valueProperty(), dpi.valueProperty(), region.valueProperty(), title.textProperty(),
                subtitle.textProperty());
    }

    /** True while {@link #restore} sets the controls. */
    boolean isAdjusting() {
        return adjusting;
    }

    // ---- remembered settings -------------------------------------------------------------------------------------

    void restore(ExportSettings settings) {
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

    /** Copies the controls into the settings (not saved). */
    void remember(ExportSettings settings) {
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
    }

    String defaultName(ExportFormat f) {
        return vm.view.get().name().toLowerCase(Locale.ROOT) + "-" + vm.date.get() + "." + f.extension();
    }

    // ---- values --------------------------------------------------------------------------------------------------

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

    /** Shows the target path (extension matched to the format) in the file field. */
    void matchFileToFormat() {
        Path target = targetPath();
        if (target != null && !target.toString().equals(file.getText())) {
            file.setText(target.toString());
        }
    }

    /** The preview's caption: pixels, resolution and format. */
    String caption() {
        return t.get("export.previewCaption", String.valueOf(widthPx.getValue()),
                String.valueOf(heightPx.getValue()), String.valueOf(dpi.getValue()), format().name());
    }

    /** Takes the text typed into the spinners (they only commit on Enter). */
    void commitSpinners() {
        commit(widthPx);
        commit(heightPx);
        commit(dpi);
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

    private static Path withExtension(Path p, ExportFormat f) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        if (name.isEmpty() || ExportFormat.fromFileName(p) == f) {
            return p;
        }
        String base = ExportFormat.fromFileName(p) != null ? name.substring(0, name.lastIndexOf('.')) : name;
        return p.resolveSibling(base + "." + f.extension());
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
}
