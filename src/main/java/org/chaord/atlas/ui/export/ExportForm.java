package org.chaord.atlas.ui.export;

import javafx.geometry.HPos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.chaord.atlas.export.ExportFormat;
import org.chaord.atlas.export.ExportLimits;
import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.ui.internal.Bind;
import org.chaord.atlas.ui.internal.Labels;

import java.util.List;

import static org.chaord.atlas.ui.export.ExportControls.commit;
import static org.chaord.atlas.ui.export.ExportControls.formatPills;
import static org.chaord.atlas.ui.export.ExportControls.label;
import static org.chaord.atlas.ui.export.ExportControls.muted;
import static org.chaord.atlas.ui.export.ExportControls.row;

/**
 * The export dialog's form: format, size, pixels, resolution, region, title, subtitle and file, each showing the
 * {@link ExportViewModel}'s value and sending changes to it. The spinners keep to {@link ExportLimits}.
 */
final class ExportForm {

    private final ExportViewModel model;
    private final ToggleGroup formats = new ToggleGroup();
    private final Spinner<Integer> widthPx = new Spinner<>(ExportLimits.MIN_SIDE_PX, ExportLimits.MAX_SIDE_PX, 1920, 10);
    private final Spinner<Integer> heightPx = new Spinner<>(ExportLimits.MIN_SIDE_PX, ExportLimits.MAX_SIDE_PX, 1080, 10);
    private final Spinner<Integer> dpi = new Spinner<>(ExportLimits.MIN_DPI, ExportLimits.MAX_DPI, 96, 12);
    private final GridPane grid = new GridPane();

    /** @param chooseFile what the "Choose…" button next to the file does */
    ExportForm(ExportViewModel model, Texts t, Runnable chooseFile) {
        this.model = model;
        HBox formatBox = formatPills(formats);
        selectToggle(model.formatProperty().get());
        model.formatProperty().addListener((o, a, f) -> selectToggle(f));
        formats.selectedToggleProperty().addListener((o, a, now) -> {
            if (now != null) {
                model.selectFormat((ExportFormat) now.getUserData());
            }
        });

        ComboBox<SizePreset> size = new ComboBox<>();
        size.getItems().setAll(SizePreset.values());
        size.setConverter(Labels.of(p -> t.get("export.size." + p.name())));
        size.setId("export-size");
        size.setMaxWidth(Double.MAX_VALUE);
        Bind.twoWay(model.size().presetProperty(), size.valueProperty(), model.size()::selectPreset);

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
        Bind.twoWay(model.size().widthProperty(), widthPx.getValueFactory().valueProperty(), model.size()::setWidth);
        Bind.twoWay(model.size().heightProperty(), heightPx.getValueFactory().valueProperty(), model.size()::setHeight);
        Bind.twoWay(model.size().dpiProperty(), dpi.getValueFactory().valueProperty(), model.size()::setDpi);
        widthPx.disableProperty().bind(model.size().presetProperty().isNotEqualTo(SizePreset.CUSTOM));
        heightPx.disableProperty().bind(widthPx.disableProperty());
        HBox pixels = row(widthPx, muted("\u00d7"), heightPx, muted(t.get("export.px")));
        HBox resolution = row(dpi, muted(t.get("export.dpiUnit")));

        ComboBox<String> region = new ComboBox<>();
        region.getItems().setAll(model.regions());
        region.setConverter(Labels.of(id -> ExportViewModel.CURRENT.equals(id) ? t.get("export.region.current")
                : t.get("region." + id)));
        region.setId("export-region");
        region.setMaxWidth(Double.MAX_VALUE);
        Bind.twoWay(model.regionProperty(), region.valueProperty(), model::setRegion);

        TextField title = new TextField();
        title.setId("export-title");
        title.setPrefColumnCount(26);
        Bind.twoWay(model.titleProperty(), title.textProperty(), model::setTitle);
        TextField subtitle = new TextField();
        subtitle.setId("export-subtitle");
        subtitle.setPromptText(t.get("export.subtitle.prompt"));
        Bind.twoWay(model.subtitleProperty(), subtitle.textProperty(), model::setSubtitle);
        CheckBox names = new CheckBox(t.get("menu.labels"));
        names.setId("export-labels");
        Bind.twoWay(model.labelsProperty(), names.selectedProperty(), model::setLabels);
        TextField file = new TextField();
        file.setId("export-file");
        Bind.twoWay(model.fileProperty(), file.textProperty(), model::setFile);
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
        grid.add(names, 1, r++);
        grid.addRow(r++, label(t, "export.figureTitle"), title);
        grid.addRow(r++, label(t, "export.subtitle"), subtitle);
        grid.addRow(r, label(t, "export.file"), fileRow);
    }

    /** The grid of labels and controls. */
    GridPane node() {
        return grid;
    }

    /** Takes the text typed into the spinners (they only commit on Enter). */
    void commitSpinners() {
        commit(widthPx);
        commit(heightPx);
        commit(dpi);
    }

    private void selectToggle(ExportFormat f) {
        for (Toggle x : formats.getToggles()) {
            if (x.getUserData() == f) {
                formats.selectToggle(x);
            }
        }
    }
}
