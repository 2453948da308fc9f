package org.chaord.atlas.ui.panel;

import javafx.application.HostServices;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.chaord.atlas.i18n.Languages;
import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.model.ChangeClass;
import org.chaord.atlas.render.ChangeClassStyle;
import org.chaord.atlas.ui.compare.ChangeList;
import org.chaord.atlas.ui.compare.ChangeRow;

import java.io.File;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * "All changes…" of compare mode: a table of every change (date, country, class at From, class at To, change,
 * source — the source opens in the browser), the counts per change class as the legend gives them, Copy and
 * Export CSV… (the rows of {@code changes --format csv}). Not modal: the map stays usable beside it.
 */
public final class AllChangesDialog {

    private final Stage stage = new Stage();
    private final ChangeList list;
    private final TableView<ChangeRow> table = new TableView<>();

    public AllChangesDialog(Window owner, ChangeList list, Texts t, HostServices host) {
        this.list = list;
        SourceOpener sources = new SourceOpener(uri -> {
            if (host != null) {
                host.showDocument(uri.toString());
            }
        });
        stage.initOwner(owner);
        stage.setTitle(t.get("changes.window"));
        Label heading = new Label(list.heading());
        heading.setId("changes-heading");
        heading.getStyleClass().add("panel-name");
        heading.setWrapText(true);
        Label counts = new Label(ChangeClass.LEGEND.stream().filter(c -> c != ChangeClass.UNCHANGED)
                .map(c -> ChangeClassStyle.label(t, c) + " " + list.counts().getOrDefault(c, 0))
                .collect(Collectors.joining(" \u00b7 ")));
        counts.setId("changes-counts");
        counts.setWrapText(true);
        table.setId("changes-table");
        table.getItems().setAll(list.rows());
        table.setPlaceholder(new Label(t.get("changes.none")));
        table.getColumns().add(column(t.get("changes.column.date"), "date", ChangeRow::dateText, 110));
        table.getColumns().add(column(t.get("changes.column.country"), "country", ChangeRow::country, 190));
        table.getColumns().add(column(t.get("changes.column.from"), "from", ChangeRow::fromClass, 150));
        table.getColumns().add(column(t.get("changes.column.to"), "to", ChangeRow::toClass, 150));
        table.getColumns().add(column(t.get("changes.column.change"), "change", ChangeRow::changeText, 170));
        TableColumn<ChangeRow, String> source = column(t.get("changes.column.source"), "source", ChangeRow::source, 320);
        source.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null || item.isEmpty()) {
                    setGraphic(null);
                    return;
                }
                Hyperlink link = new Hyperlink(item);
                link.setTooltip(new Tooltip(item));
                link.setOnAction(e -> sources.open(item));
                setGraphic(link);
            }
        });
        table.getColumns().add(source);
        VBox.setVgrow(table, Priority.ALWAYS);
        Button copy = new Button(t.get("changes.copy"));
        copy.setId("changes-copy");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(list.copyText());
            Clipboard.getSystemClipboard().setContent(content);
        });
        Button export = new Button(t.get("changes.exportCsv"));
        export.setId("changes-export");
        export.setOnAction(e -> chooseFile(t));
        Button close = new Button(t.get("changes.close"));
        close.setId("changes-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Label message = new Label();
        message.setId("changes-message");
        message.textProperty().bind(list.messageProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, copy, export, message, spacer, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox root = new VBox(8, heading, counts, table, buttons);
        root.setPadding(new Insets(12));
        root.setId("all-changes");
        root.getStyleClass().add("all-changes");
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1120, screen.getWidth() - 40), Math.min(600, screen.getHeight() - 60));
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        scene.setNodeOrientation(Languages.isRightToLeft(t.locale())
                ? javafx.geometry.NodeOrientation.RIGHT_TO_LEFT : javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
        stage.setScene(scene);
    }

    private static TableColumn<ChangeRow, String> column(String title, String id, Function<ChangeRow, String> value,
                                                         double width) {
        TableColumn<ChangeRow, String> c = new TableColumn<>(title);
        c.setId("changes-column-" + id);
        c.setPrefWidth(width);
        c.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
        return c;
    }

    private void chooseFile(Texts t) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(t.get("changes.exportCsv"));
        chooser.setInitialFileName(list.defaultFileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            list.exportCsv(file.toPath());
        }
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    public TableView<ChangeRow> table() {
        return table;
    }

    public ChangeList list() {
        return list;
    }
}
