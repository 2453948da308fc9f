package org.chaord.atlas.ui.table;

import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.GroupMembership;
import org.chaord.atlas.model.StatusClass;
import org.chaord.atlas.model.TreatyId;
import org.chaord.atlas.model.View;
import org.chaord.atlas.ui.AtlasViewModel;
import org.chaord.atlas.ui.internal.UiThreads;

import java.nio.file.Path;
import java.util.List;

/**
 * The table of every state: its lines for the view and day the map shows, the filters, the count "N of M", and
 * whether the table is the pane shown. It follows the date, view, data and language, but only while shown: a hidden
 * table notes that it is out of date and is built again when it is shown (no work for a hidden tab). Within a frame,
 * several changes make one rebuild. FX thread only; tested without a stage.
 */
public final class StateTableViewModel {

    private final AtlasViewModel vm;
    private final UiThreads threads;
    private final ObservableList<TableLine> lines = FXCollections.observableArrayList();
    private final FilteredList<TableLine> kept = new FilteredList<>(lines, TableFilter.ANY);
    private final ReadOnlyObjectWrapper<TableFilter> filter = new ReadOnlyObjectWrapper<>(this, "filter", TableFilter.ANY);
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown");
    private final ReadOnlyObjectWrapper<List<TreatyId>> treaties = new ReadOnlyObjectWrapper<>(this, "treaties", List.of());
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");
    private final ReadOnlyObjectWrapper<TableBasis> basis = new ReadOnlyObjectWrapper<>(this, "basis");
    private final TableExport export;
    private final Runnable rebuild = this::rebuildNow;
    private boolean stale = true;
    private TableLines built;
    private int rebuilds;

    public StateTableViewModel(AtlasViewModel vm, UiThreads threads) {
        this.vm = vm;
        this.threads = threads;
        this.export = new TableExport(threads);
        for (Observable o : new Observable[] {vm.dataProperty(), vm.viewProperty(), vm.dateProperty(), vm.textsProperty()}) {
            o.addListener(x -> invalidate());
        }
        kept.addListener((javafx.collections.ListChangeListener<TableLine>) c -> updateCount());
    }

    /** The lines kept by the filter, in name order (the table sorts its own view of them). */
    public ObservableList<TableLine> lines() {
        return FXCollections.unmodifiableObservableList(kept);
    }

    /** Every line before filtering. */
    public int total() {
        return lines.size();
    }

    public ReadOnlyObjectProperty<TableFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    public TableFilter filter() {
        return filter.get();
    }

    /** True while the table is the pane shown instead of the map. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public boolean isShown() {
        return shown.get();
    }

    /** The treaties with columns (the view's), in the order shown. */
    public ReadOnlyObjectProperty<List<TreatyId>> treatiesProperty() {
        return treaties.getReadOnlyProperty();
    }

    /** The data, view and language of the last build: columns and filter choices are remade when it changes. */
    public ReadOnlyObjectProperty<TableBasis> basisProperty() {
        return basis.getReadOnlyProperty();
    }

    /** "12 of 196 states and organisations". */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public TableExport export() {
        return export;
    }

    /** How often the lines were built (a hidden table is never built: the tests check it). */
    int rebuilds() {
        return rebuilds;
    }

    /** The view the map shows, which the table follows. */
    public View viewShown() {
        return vm.view();
    }

    /** The words of the table: the interface's language, with the data's treaty names. */
    public Texts texts() {
        Atlas atlas = vm.atlas();
        return atlas == null ? vm.texts() : vm.texts().withTreaties(atlas.treaties());
    }

    // ---- commands ------------------------------------------------------------------------------------------------

    /** Shows the table (true) or the map (false); a table out of date is built before it shows. */
    public void show(boolean on) {
        shown.set(on);
        if (on && stale) {
            rebuildNow();
        }
    }

    public void setFilter(TableFilter f) {
        TableFilter next = f == null ? TableFilter.ANY : f;
        filter.set(next);
        kept.setPredicate(next);
        updateCount();
    }

    /** A line chosen in the table: the map and the side panel select it too. */
    public void select(String iso3) {
        if (iso3 != null) {
            vm.select(iso3);
        }
    }

    /** Double-click or Enter on a line: the map comes back and zooms to the country. */
    public void showOnMap(String iso3) {
        if (iso3 != null) {
            show(false);
            vm.showCountry(iso3);
        }
    }

    /** Writes these lines (the displayed ones, in the displayed order) to a CSV file in the background. */
    public void exportCsv(Path file, List<TableLine> inOrder) {
        export.write(file, List.copyOf(inOrder), vm.view(), treaties.get(), texts());
    }

    // ---- what the filters offer ----------------------------------------------------------------------------------

    /** The regions of the lines, as the data name them (the table shows them in its language). */
    public List<String> regions() {
        return lines.stream().map(l -> l.row().region()).filter(r -> !r.isEmpty()).distinct()
                .sorted(java.util.Comparator.comparing(r -> TableLines.regionName(texts(), r),
                        TableOrder.words(vm.texts().locale())))
                .toList();
    }

    /** The groups of the data, in the order of groups.csv. */
    public List<String> groups() {
        Atlas atlas = vm.atlas();
        return atlas == null ? List.of() : atlas.groups().stream().map(GroupMembership::group).distinct().toList();
    }

    /** The classes of the view shown, most engaged first (the legend's). */
    public List<StatusClass> statuses() {
        Atlas atlas = vm.atlas();
        return atlas == null ? List.of() : atlas.classes(vm.view());
    }

    // ---- building ------------------------------------------------------------------------------------------------

    private void invalidate() {
        stale = true;
        if (shown.get()) {
            threads.frames().request(rebuild);
        }
    }

    private void rebuildNow() {
        if (!shown.get()) {
            return; // hidden again before the frame came
        }
        Atlas atlas = vm.atlas();
        stale = false;
        rebuilds++;
        if (atlas == null) {
            treaties.set(List.of());
            lines.clear();
        } else {
            List<TreatyId> columns = TableLines.treaties(atlas, vm.view());
            if (!columns.equals(treaties.get())) {
                treaties.set(columns);
            }
            Texts t = texts();
            if (built == null || !built.isFor(atlas, t)) {
                built = new TableLines(atlas, t); // names, order and groups: once per data and language
            }
            lines.setAll(built.on(vm.view(), vm.date()));
        }
        TableBasis b = basis.get();
        if (b == null || !b.sameAs(atlas, vm.view(), texts())) {
            basis.set(new TableBasis(atlas, vm.view(), texts()));
        }
        if (filter.get().status() != null && !statuses().contains(filter.get().status())) {
            setFilter(filter.get().withStatus(null)); // another view has other classes
        }
        updateCount();
    }

    private void updateCount() {
        count.set(texts().get("table.count", kept.size(), lines.size()));
    }
}
