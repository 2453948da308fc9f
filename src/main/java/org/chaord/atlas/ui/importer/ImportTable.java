package org.chaord.atlas.ui.importer;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.SetChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.chaord.atlas.data.depositary.ImportChange;
import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.model.Atlas;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The diff as a table: a checkbox for each change an import writes (added, dated, changed), then the kind, the name as
 * the file writes it, the country it was matched to, the event, the file's date, the data's date and the file's line.
 * Missing and unmatched rows have no checkbox: they are information only.
 */
final class ImportTable {

    private final ImportViewModel model;
    private final Texts t;
    private final Supplier<Atlas> atlas;
    private final TableView<ImportChange> table = new TableView<>();
    private final javafx.collections.transformation.FilteredList<ImportChange> shown;

    ImportTable(ImportViewModel model, Texts t, Supplier<Atlas> atlas) {
        this.model = model;
        this.t = t;
        this.atlas = atlas;
        this.shown = new javafx.collections.transformation.FilteredList<>(model.changes());
        table.setId("import-table");
        table.setItems(shown);
        table.setPlaceholder(new javafx.scene.control.Label(""));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ImportChange, ImportChange> write = new TableColumn<>(t.get("import.col.write"));
        write.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        write.setCellFactory(c -> new TickCell());
        write.setSortable(false);
        write.setPrefWidth(70);
        table.getColumns().add(write);
        table.getColumns().add(column("import.col.change", 90, c -> t.get("change." + c.change().csvName())));
        table.getColumns().add(column("import.col.participant", 170, ImportChange::participant));
        table.getColumns().add(column("import.col.country", 170, this::country));
        table.getColumns().add(column("import.col.event", 130,
                c -> c.event() == null ? "" : t.get("event." + c.event().csvName())));
        table.getColumns().add(column("import.col.date", 120, c -> c.date() == null ? "" : t.date(c.date())));
        table.getColumns().add(column("import.col.previous", 200,
                c -> c.previous() == null ? "" : t.eventDate(c.previous())));
        table.getColumns().add(column("import.col.where", 60, ImportChange::where));
        // a tick changed by a command (not by this table) shows at once
        model.ticked().addListener((SetChangeListener<ImportChange>) c -> table.refresh());
    }

    /** Shows or hides the rows of events the file lacks (a short extract of a chart can leave hundreds). */
    void showMissing(boolean show) {
        shown.setPredicate(show ? null : c -> c.change() != org.chaord.atlas.data.depositary.ChangeKind.MISSING);
    }

    TableView<ImportChange> node() {
        return table;
    }

    private TableColumn<ImportChange, String> column(String key, double width, Function<ImportChange, String> text) {
        TableColumn<ImportChange, String> col = new TableColumn<>(t.get(key));
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        col.setPrefWidth(width);
        return col;
    }

    private String country(ImportChange c) {
        Atlas a = atlas.get();
        if (c.iso3().isEmpty()) {
            return "";
        }
        var country = a == null ? null : a.countries().get(c.iso3());
        return t.countryName(c.iso3(), country == null ? c.iso3() : country.name()) + " (" + c.iso3() + ")";
    }

    /** The checkbox of a written change; nothing for information rows. Its id names the change for tests. */
    private final class TickCell extends TableCell<ImportChange, ImportChange> {
        private final CheckBox box = new CheckBox();

        TickCell() {
            box.setOnAction(e -> {
                if (getItem() != null) {
                    model.tick(getItem(), box.isSelected());
                }
            });
        }

        @Override
        protected void updateItem(ImportChange change, boolean empty) {
            super.updateItem(change, empty);
            if (empty || change == null || !change.change().isWritten()) {
                setGraphic(null);
                return;
            }
            box.setId("tick-" + change.iso3() + "-" + change.event().csvName());
            box.setSelected(model.isTicked(change));
            box.disableProperty().bind(model.writtenProperty().isNotNull());
            setGraphic(box);
        }
    }
}
