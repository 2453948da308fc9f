package org.chaord.atlas.ui.table;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.chaord.atlas.export.StateTableCsv;
import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.model.StateTableRow;
import org.chaord.atlas.model.StatusClass;
import org.chaord.atlas.model.TreatyId;
import org.chaord.atlas.model.View;
import org.chaord.atlas.ui.internal.UiThreads;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Export table as CSV…": writes the rows given, in their order, through {@link StateTableCsv} (BOM, RFC 4180,
 * formula-safe, atomic: a failed write leaves no half file) on the background executor, and says how it went.
 */
public final class TableExport {

    private final UiThreads threads;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    TableExport(UiThreads threads) {
        this.threads = threads;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** True when the last export failed; {@link #messageProperty} then says why, naming the file. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** What the last export did: "12 rows written to …/table.csv" or the reason it could not. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Starts writing {@code lines} (the displayed rows in the displayed order); refused while one runs. */
    void write(Path file, List<TableLine> lines, View view, List<TreatyId> treaties, Texts texts) {
        if (running.get() || file == null) {
            return;
        }
        List<StateTableRow> rows = lines.stream().map(TableLine::row).toList(); // a snapshot: the table may move on
        Map<String, StatusClass> classes = new HashMap<>();
        lines.forEach(l -> classes.put(l.iso3(), l.viewClass()));
        running.set(true);
        threads.background().execute(() -> {
            try {
                Path written = view.kind() == View.Kind.TREATY ? StateTableCsv.write(rows, treaties, texts, file)
                        : StateTableCsv.write(rows, view, classes::get, treaties, texts, file); // the class column too
                threads.fx().execute(() -> finish(false, texts.get("table.exported", rows.size(), written)));
            } catch (Exception | Error e) {
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                threads.fx().execute(() -> finish(true, texts.get("table.exportFailed", file, why)));
            }
        });
    }

    private void finish(boolean failure, String text) {
        running.set(false);
        failed.set(failure);
        message.set(text);
    }
}
