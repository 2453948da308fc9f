package org.chaord.atlas.ui.table;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.model.StatusClass;
import org.chaord.atlas.model.TreatyId;
import org.chaord.atlas.model.TreatyStatus;
import org.chaord.atlas.model.View;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The table's columns for a view: name, ISO3, region, groups, the view's class when it is not a single treaty, then a
 * status and a date column per treaty. Each sorts by {@link TableOrder}: words by collation, statuses in engagement
 * order, dates as dates.
 */
final class TableColumns {

    private TableColumns() {
    }

    static List<TableColumn<TableLine, ?>> forView(View view, List<TreatyId> treaties, Texts t) {
        List<TableColumn<TableLine, ?>> columns = new ArrayList<>();
        columns.add(words("name", t.get("table.col.name"), 190, TableLine::name, t));
        columns.add(words("iso3", "ISO3", 60, TableLine::iso3, t));
        columns.add(words("region", t.get("table.col.region"), 95, TableLine::regionName, t));
        columns.add(words("groups", t.get("table.col.groups"), 170, TableLine::groupsText, t));
        if (view.kind() != View.Kind.TREATY) {
            TableColumn<TableLine, StatusClass> cls = new TableColumn<>(t.viewShortName(view));
            cls.setId("col-view");
            cls.setPrefWidth(170);
            cls.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().viewClass()));
            cls.setComparator(StatusClass::compareTo);
            cls.setCellFactory(c -> new TextCell<>(s -> t.className(view, s)));
            columns.add(cls);
        }
        for (TreatyId treaty : treaties) { // "UN Convention" over its "Status" and "Date"
            TableColumn<TableLine, TreatyStatus> under = new TableColumn<>(t.treatyShortName(treaty));
            under.setId("col-treaty-" + treaty.id());
            under.getColumns().add(status(treaty, t.get("table.col.status"), t));
            under.getColumns().add(date(treaty, t.get("table.col.date"), t));
            columns.add(under);
        }
        return columns;
    }

    private static TableColumn<TableLine, String> words(String id, String title, double width,
                                                        Function<TableLine, String> value, Texts t) {
        TableColumn<TableLine, String> c = new TableColumn<>(title);
        c.setId("col-" + id);
        c.setPrefWidth(width);
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(value.apply(x.getValue())));
        c.setComparator(TableOrder.words(t.locale()));
        return c;
    }

    private static TableColumn<TableLine, TreatyStatus> status(TreatyId treaty, String title, Texts t) {
        TableColumn<TableLine, TreatyStatus> c = new TableColumn<>(title);
        c.setId("col-status-" + treaty.id());
        c.setPrefWidth(210);
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(x.getValue().status(treaty)));
        c.setComparator(TableOrder.statuses());
        View single = View.of(treaty);
        c.setCellFactory(x -> new TextCell<>(s -> t.className(single, s.statusClass())));
        return c;
    }

    private static TableColumn<TableLine, TreatyStatus> date(TreatyId treaty, String title, Texts t) {
        TableColumn<TableLine, TreatyStatus> c = new TableColumn<>(title);
        c.setId("col-date-" + treaty.id());
        c.setPrefWidth(150);
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(x.getValue().status(treaty)));
        c.setComparator(TableOrder.dates());
        c.setCellFactory(x -> new TextCell<>(s -> TableDates.text(t, s)));
        return c;
    }

    /** A cell showing its value as words. */
    static final class TextCell<T> extends TableCell<TableLine, T> {
        private final Function<T, String> words;

        TextCell(Function<T, String> words) {
            this.words = words;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : words.apply(item));
        }
    }
}
