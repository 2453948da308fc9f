package org.chaord.atlas.ui.importer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.chaord.atlas.data.AtlasLoader;
import org.chaord.atlas.data.depositary.DepositaryStatus;
import org.chaord.atlas.data.depositary.EventsFileUpdate;
import org.chaord.atlas.data.depositary.ImportChange;
import org.chaord.atlas.data.depositary.ImportPreview;
import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.Treaty;
import org.chaord.atlas.model.TreatyId;
import org.chaord.atlas.ui.internal.UiThreads;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The import dialog's state and commands: open a status file (read and diffed on the background executor), tick the
 * changes to write, give the file's address, preview the result, accept (events.csv rewritten atomically with a
 * backup, then the data reloaded). Nothing is written until {@link #accept()}, and nothing at all when the file
 * cannot be read. FX thread only; runs without a stage with {@code UiThreads.direct()}.
 */
public final class ImportViewModel {

    private final UiThreads threads;
    private final Supplier<Atlas> atlas;
    private final Path dataDir;
    private final Supplier<TreatyId> preferred;
    private final Runnable reload;
    private final Texts texts;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyObjectWrapper<Treaty> treaty = new ReadOnlyObjectWrapper<>(this, "treaty");
    private final ReadOnlyObjectWrapper<DepositaryStatus> status = new ReadOnlyObjectWrapper<>(this, "status");
    private final ObservableList<ImportChange> changes = FXCollections.observableArrayList();
    private final ObservableSet<ImportChange> ticked = FXCollections.observableSet(new LinkedHashSet<>());
    // Made once: an unmodifiable view listens weakly to its list, so one made per call could lose its listeners.
    private final ObservableList<ImportChange> changesView = FXCollections.unmodifiableObservableList(changes);
    private final ObservableSet<ImportChange> tickedView = FXCollections.unmodifiableObservableSet(ticked);
    private final ReadOnlyObjectWrapper<Atlas> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyStringWrapper sourceUrl = new ReadOnlyStringWrapper(this, "sourceUrl", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper urlError = new ReadOnlyStringWrapper(this, "urlError", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper canAccept = new ReadOnlyBooleanWrapper(this, "canAccept");
    private final ReadOnlyObjectWrapper<EventsFileUpdate.Result> written = new ReadOnlyObjectWrapper<>(this, "written");
    private long generation;

    /**
     * @param atlas     the atlas now shown (the diff is against it)
     * @param dataDir   the folder whose events.csv Accept rewrites
     * @param preferred the treaty to name in the error when a file matches none (the current view's), or null
     * @param reload    reads the data again once they are written
     */
    public ImportViewModel(UiThreads threads, Supplier<Atlas> atlas, Path dataDir, Supplier<TreatyId> preferred,
                           Runnable reload, Texts texts) {
        this.threads = threads;
        this.atlas = atlas;
        this.dataDir = dataDir;
        this.preferred = preferred;
        this.reload = reload;
        this.texts = texts;
        ticked.addListener((javafx.collections.SetChangeListener<ImportChange>) c -> updatePreview());
        for (javafx.beans.Observable o : new javafx.beans.Observable[] {status, busy, written, sourceUrl, ticked}) {
            o.addListener(x -> canAccept.set(status.get() != null && !busy.get() && written.get() == null
                    && !ticked.isEmpty() && urlProblem().isEmpty()));
        }
    }

    // ---- state ---------------------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Treaty> treatyProperty() {
        return treaty.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DepositaryStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The diff rows in the file's order: added, dated, changed, then missing and unmatched (unmodifiable). */
    public ObservableList<ImportChange> changes() {
        return changesView;
    }

    /** The changes Accept will write (unmodifiable; only added, dated and changed ones can be ticked). */
    public ObservableSet<ImportChange> ticked() {
        return tickedView;
    }

    /** The atlas as it will be with the ticked changes (null before a file is read). */
    public ReadOnlyObjectProperty<Atlas> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sourceUrlProperty() {
        return sourceUrl.getReadOnlyProperty();
    }

    /** The one line to show when something went wrong ("" when nothing did). */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What is wrong with the typed address ("" when it is empty or an http(s) address). */
    public ReadOnlyStringProperty urlErrorProperty() {
        return urlError.getReadOnlyProperty();
    }

    /** What was done (the file written and its backup, for undoing), or "". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canAcceptProperty() {
        return canAccept.getReadOnlyProperty();
    }

    /** What Accept wrote (null before). */
    public ReadOnlyObjectProperty<EventsFileUpdate.Result> writtenProperty() {
        return written.getReadOnlyProperty();
    }

    public Path dataDir() {
        return dataDir;
    }

    public boolean isTicked(ImportChange change) {
        return ticked.contains(change);
    }

    /** The changes Accept writes, in the diff's order. */
    public List<ImportChange> tickedChanges() {
        return changes.stream().filter(ticked::contains).toList();
    }

    // ---- commands ------------------------------------------------------------------------------------------------

    /** Reads a status file and diffs it against the atlas, in the background; every written change starts ticked. */
    public void open(Path path) {
        if (path == null) {
            return;
        }
        clear();
        long mine = ++generation;
        Atlas current = atlas.get();
        file.set(path);
        busy.set(true);
        CompletableFuture.supplyAsync(() -> ImportFiles.read(path, current, dataDir, preferred), threads.background())
                .whenComplete((read, failure) -> threads.fx().execute(() -> {
                    if (mine != generation) {
                        return; // another file was opened meanwhile
                    }
                    busy.set(false);
                    if (failure != null) {
                        error.set(ImportFiles.oneLine(failure));
                        return;
                    }
                    treaty.set(read.treaty());
                    changes.setAll(read.changes());
                    read.changes().stream().filter(c -> c.change().isWritten()).forEach(ticked::add);
                    status.set(read.status());
                    updatePreview();
                    if (!read.warnings().isEmpty()) {
                        message.set(read.warnings().get(0));
                    }
                }));
    }

    /** Ticks or unticks one change; missing and unmatched rows are information only and cannot be ticked. */
    public void tick(ImportChange change, boolean on) {
        if (change == null || !change.change().isWritten() || !changes.contains(change) || written.get() != null) {
            return;
        }
        if (on) {
            ticked.add(change);
        } else {
            ticked.remove(change);
        }
    }

    /** The file's address, cited by every new or changed row; empty: the file's name and its status date. */
    public void setSourceUrl(String url) {
        sourceUrl.set(url == null ? "" : url.strip());
        urlError.set(urlProblem());
    }

    /** Writes the ticked changes to events.csv (atomically, with a backup beside it), then reloads the data. */
    public void accept() {
        if (!canAccept.get()) {
            return;
        }
        List<ImportChange> chosen = tickedChanges();
        DepositaryStatus read = status.get();
        String source = source();
        Path events = dataDir.resolve(AtlasLoader.EVENTS);
        long mine = generation;
        busy.set(true);
        CompletableFuture.supplyAsync(() -> ImportFiles.write(events, chosen, source, read.sourceLabel()),
                        threads.background())
                .whenComplete((result, failure) -> threads.fx().execute(() -> {
                    busy.set(false);
                    if (mine != generation) {
                        return;
                    }
                    if (failure != null) {
                        error.set(texts.get("import.writeFailed", ImportFiles.oneLine(failure)));
                        return;
                    }
                    written.set(result);
                    message.set(texts.get("import.written", result.events(), result.added(), result.rewritten(),
                            result.backup()));
                    reload.run();
                }));
    }

    // ---- work ----------------------------------------------------------------------------------------------------

    private void clear() {
        generation++;
        treaty.set(null);
        status.set(null);
        ticked.clear();
        changes.clear();
        preview.set(null);
        written.set(null);
        error.set("");
        message.set("");
    }

    private void updatePreview() {
        Atlas current = atlas.get();
        DepositaryStatus read = status.get();
        preview.set(current == null || read == null ? null : ImportPreview.atlasWith(current, tickedChanges(), source()));
    }

    private String source() {
        DepositaryStatus read = status.get();
        return !sourceUrl.get().isEmpty() ? sourceUrl.get() : read == null ? "" : read.sourceLabel();
    }

    /** "" for an empty or http(s) address; else the line that says what is wrong. */
    private String urlProblem() {
        String url = sourceUrl.get();
        return url.isEmpty() || WebAddress.isWebAddress(url) ? "" : texts.get("import.badUrl", url);
    }
}
