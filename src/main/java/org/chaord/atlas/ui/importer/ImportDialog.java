package org.chaord.atlas.ui.importer;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.chaord.atlas.data.depositary.ChangeKind;
import org.chaord.atlas.data.depositary.DepositaryStatus;
import org.chaord.atlas.data.depositary.ImportChange;
import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.model.Treaty;
import org.chaord.atlas.model.View;
import org.chaord.atlas.ui.AtlasViewModel;
import org.chaord.atlas.ui.internal.UiThreads;

import java.io.File;
import java.util.EnumMap;
import java.util.Map;

/**
 * File → Update from depositary file…: choose a status file, see the diff with a checkbox per change and the map as
 * it will be, give the file's address, accept. It shows one {@link ImportViewModel}; the written file's backup is
 * named in the confirmation, so the user can undo.
 */
public final class ImportDialog {

    private final ImportViewModel model;
    private final AtlasViewModel vm;
    private final Texts t;
    private final Stage stage = new Stage();
    private final ImportTable table;
    private final ImportPreviewMap preview = new ImportPreviewMap();
    private final Label previewCaption = new Label();

    public ImportDialog(Window owner, AtlasViewModel vm, UiThreads threads) {
        this.vm = vm;
        this.t = vm.texts();
        this.model = new ImportViewModel(threads, vm::atlas, vm.loading().dataDir(),
                () -> vm.view() == null ? null : vm.view().treaty(), vm.loading()::reload, t);
        this.table = new ImportTable(model, t, vm::atlas);
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(t.get("import.title"));
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(layout(), Math.min(1480, screen.getWidth() - 40), Math.min(700, screen.getHeight() - 60));
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        // Arabic reads right to left; the preview map never mirrors (it is geography, as on the main map)
        scene.setNodeOrientation(org.chaord.atlas.i18n.Languages.isRightToLeft(t.locale())
                ? javafx.geometry.NodeOrientation.RIGHT_TO_LEFT : javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
        preview.node().setNodeOrientation(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
        stage.setScene(scene);
        model.previewProperty().addListener(x -> showPreview());
        table.node().getSelectionModel().selectedItemProperty().addListener(x -> showPreview());
    }

    private Region layout() {
        Button choose = new Button(t.get("import.choose"));
        choose.setId("import-choose");
        choose.setOnAction(e -> chooseFile());
        Label file = new Label(t.get("import.noFile"));
        file.setId("import-file");
        file.setWrapText(true);
        model.fileProperty().addListener((o, a, p) -> file.setText(p == null ? t.get("import.noFile") : p.toString()));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty());
        HBox fileRow = new HBox(10, choose, file, busy);
        fileRow.setAlignment(Pos.CENTER_LEFT);
        Label found = new Label();
        found.setId("import-found");
        found.getStyleClass().add("panel-heading");
        model.statusProperty().addListener(x -> found.setText(foundText()));
        TextField url = new TextField();
        url.setId("import-url");
        url.setPromptText(t.get("import.sourceUrlPrompt"));
        url.textProperty().addListener((o, a, b) -> model.setSourceUrl(b));
        HBox.setHgrow(url, Priority.ALWAYS);
        Label urlError = new Label();
        urlError.setId("import-url-error");
        urlError.getStyleClass().add("error-text");
        urlError.textProperty().bind(model.urlErrorProperty());
        HBox urlRow = new HBox(10, new Label(t.get("import.sourceUrl")), url, urlError);
        urlRow.setAlignment(Pos.CENTER_LEFT);
        Label summary = new Label();
        summary.setId("import-summary");
        model.changes().addListener((javafx.collections.ListChangeListener<ImportChange>) c -> summary.setText(summary()));
        previewCaption.setId("import-preview-caption");
        VBox previewBox = new VBox(6, previewCaption, preview.node());
        HBox.setHgrow(table.node(), Priority.ALWAYS);
        HBox body = new HBox(16, table.node(), previewBox);
        VBox.setVgrow(body, Priority.ALWAYS);
        Label info = new Label(t.get("import.info"));
        info.getStyleClass().add("panel-small");
        info.setWrapText(true);
        javafx.scene.control.CheckBox missing = new javafx.scene.control.CheckBox(t.get("import.showMissing"));
        missing.setId("import-show-missing");
        missing.setSelected(true);
        missing.selectedProperty().addListener((o, a, on) -> table.showMissing(on));
        HBox infoRow = new HBox(16, missing, info);
        infoRow.setAlignment(Pos.CENTER_LEFT);
        Label error = new Label();
        error.setId("import-error");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        Label message = new Label();
        message.setId("import-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        Button accept = new Button(t.get("import.accept"));
        accept.setId("import-accept");
        accept.setDefaultButton(true);
        accept.disableProperty().bind(model.canAcceptProperty().not());
        accept.setOnAction(e -> model.accept());
        Button close = new Button(t.get("import.close"));
        close.setId("import-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.hide());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(10, spacer, accept, close);
        VBox root = new VBox(10, fileRow, found, urlRow, summary, body, infoRow, error, message, buttons);
        root.setPadding(new Insets(18, 20, 16, 20));
        root.setId("import-dialog");
        return root;
    }

    /** The dialog's state and commands. */
    public ImportViewModel model() {
        return model;
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(t.get("import.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("XML, HTML, TXT", "*.xml", "*.html", "*.htm", "*.txt", "*.tsv"),
                new FileChooser.ExtensionFilter("*", "*"));
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            model.open(chosen.toPath());
        }
    }

    private String foundText() {
        DepositaryStatus s = model.statusProperty().get();
        Treaty treaty = model.treatyProperty().get();
        if (s == null || treaty == null) {
            return "";
        }
        String name = t.viewName(View.of(treaty.id()));
        return s.statusAsOf() == null ? t.get("import.foundUndated", name, s.entries().size())
                : t.get("import.found", name, t.date(s.statusAsOf()), s.entries().size());
    }

    private String summary() {
        if (model.changes().isEmpty()) {
            return "";
        }
        Map<ChangeKind, Integer> n = new EnumMap<>(ChangeKind.class);
        for (ChangeKind k : ChangeKind.values()) {
            n.put(k, 0);
        }
        model.changes().forEach(c -> n.merge(c.change(), 1, Integer::sum));
        return t.get("import.summary", n.get(ChangeKind.ADDED), n.get(ChangeKind.DATED), n.get(ChangeKind.CHANGED),
                n.get(ChangeKind.MISSING), n.get(ChangeKind.UNMATCHED));
    }

    /** The preview on the file's status date (else the map's day), in the file's treaty, the chosen row outlined. */
    private void showPreview() {
        DepositaryStatus s = model.statusProperty().get();
        Treaty treaty = model.treatyProperty().get();
        View view = treaty == null ? null : View.of(treaty.id());
        java.time.LocalDate day = s == null ? null : s.statusAsOf() != null ? s.statusAsOf() : vm.date();
        ImportChange row = table.node().getSelectionModel().getSelectedItem();
        preview.show(model.previewProperty().get(), vm.world(), view, day, vm.looks().paletteProperty().get(), t,
                row == null || row.iso3().isEmpty() ? null : row.iso3());
        previewCaption.setText(view == null ? "" : t.get("import.preview", t.viewName(view), t.date(day)));
    }

    /** The preview's scene (null before a file is read), for tests. */
    public org.chaord.atlas.render.MapScene previewScene() {
        return preview.scene();
    }
}
