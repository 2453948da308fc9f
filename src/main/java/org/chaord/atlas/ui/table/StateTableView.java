package org.chaord.atlas.ui.table;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.ui.AtlasViewModel;

import java.io.File;
import java.util.Objects;

/**
 * The table of every state: filters, the count, "Export table as CSV…", and a sortable table whose selection is the
 * map's (choosing a line selects the country; selecting on the map chooses its line). Double-click or Enter shows
 * the country on the map. Shows the model; every change goes through the model's commands.
 */
public final class StateTableView extends BorderPane {

    private final StateTableViewModel model;
    private final AtlasViewModel vm;
    private final TableView<TableLine> table = new TableView<>();
    private final SortedList<TableLine> sorted;
    private boolean following;
    // Held here, listened to weakly: a window replaced by a language switch lets go of the model and the map.
    private final InvalidationListener onBasis = x -> showColumns();
    private final InvalidationListener onSelection = x -> followMap();
    private InvalidationListener onFailure;

    public StateTableView(StateTableViewModel model, AtlasViewModel vm) {
        this.model = model;
        this.vm = vm;
        Texts t = model.texts();
        setId("state-table-pane");
        getStyleClass().add("state-table-pane");
        sorted = new SortedList<>(model.lines());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setId("state-table");
        table.setItems(sorted);
        table.setPlaceholder(new Label(t.get("table.empty")));
        table.setTableMenuButtonVisible(true);
        table.getStyleClass().addAll("dense", "striped"); // AtlantaFX: many rows in sight
        showColumns();
        model.basisProperty().addListener(new WeakInvalidationListener(onBasis));
        table.getSelectionModel().selectedItemProperty().addListener((o, old, line) -> {
            if (!following && line != null) {
                model.select(line.iso3());
            }
        });
        vm.marks().selectedProperty().addListener(new WeakInvalidationListener(onSelection));
        sorted.addListener((ListChangeListener<TableLine>) c -> followMap());
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                showChosenOnMap();
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                showChosenOnMap();
                e.consume();
            }
        });
        setTop(bar(t));
        setCenter(table);
        setBottom(footer(t));
        followMap();
    }

    /** Filters, then the export button. */
    private HBox bar(Texts t) {
        Button export = new Button(t.get("table.export"));
        export.setId("table-export");
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.disableProperty().bind(model.export().runningProperty());
        export.setOnAction(e -> chooseAndExport());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, new TableFilterBar(model), gap, export);
        bar.getStyleClass().add("table-bar");
        return bar;
    }

    /** The count and what the last export did, then what the date marks mean. */
    private HBox footer(Texts t) {
        Label count = new Label();
        count.setId("table-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        count.textProperty().bind(model.countProperty());
        Label outcome = new Label();
        outcome.setId("table-export-message");
        outcome.textProperty().bind(model.export().messageProperty());
        onFailure = x -> {
            outcome.getStyleClass().remove("danger");
            if (model.export().failedProperty().get()) {
                outcome.getStyleClass().add("danger");
            }
        };
        model.export().failedProperty().addListener(new WeakInvalidationListener(onFailure));
        Label note = new Label(t.get("table.note"));
        note.getStyleClass().add("table-note");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox footer = new HBox(12, count, outcome, gap, note);
        footer.getStyleClass().add("table-footer");
        return footer;
    }

    private void showColumns() {
        table.getSortOrder().clear();
        table.getColumns().setAll(TableColumns.forView(model.viewShown(), model.treatiesProperty().get(), model.texts()));
    }

    /** The map's selection, chosen in the table too (nothing chosen when the filter hides it). */
    private void followMap() {
        String iso3 = vm.selected();
        TableLine chosen = table.getSelectionModel().getSelectedItem();
        if (chosen != null && Objects.equals(chosen.iso3(), iso3)) {
            return;
        }
        following = true;
        try {
            int index = -1;
            for (int i = 0; iso3 != null && i < sorted.size(); i++) {
                if (sorted.get(i).iso3().equals(iso3)) {
                    index = i;
                    break;
                }
            }
            if (index < 0) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().clearAndSelect(index);
                table.scrollTo(Math.max(0, index - 3));
            }
        } finally {
            following = false;
        }
    }

    private void showChosenOnMap() {
        TableLine line = table.getSelectionModel().getSelectedItem();
        if (line != null) {
            model.showOnMap(line.iso3());
        }
    }

    /** "Export table as CSV…": a file chosen in a dialog; the displayed rows in the displayed order. */
    public void chooseAndExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(model.texts().get("table.export"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        chooser.setInitialFileName("states-" + model.viewShown().name() + "-" + vm.date() + ".csv");
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            exportTo(file.toPath());
        }
    }

    /** Writes the rows as displayed (filtered, sorted) to a file. */
    public void exportTo(java.nio.file.Path file) {
        model.exportCsv(file, table.getItems());
    }

    /** The table control (tests look at its rows and sort it). */
    public TableView<TableLine> table() {
        return table;
    }
}
