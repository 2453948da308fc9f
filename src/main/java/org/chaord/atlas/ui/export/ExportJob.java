package org.chaord.atlas.ui.export;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.chaord.atlas.export.ExportProgress;
import org.chaord.atlas.export.ExportResult;
import org.chaord.atlas.export.ExportService;
import org.chaord.atlas.export.ExportSpec;
import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.render.ProjectedWorld;
import org.chaord.atlas.ui.internal.UiThreads;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One export at a time, in the background: its progress, and the message that tells how it ended (saved, cancelled,
 * or why it failed, in words from {@link ExportErrors}). Its state changes on the FX thread only.
 */
public final class ExportJob {

    /** How the message reads: plain, a success or a failure. */
    public enum Outcome { NONE, SAVED, FAILED }

    private final ExportService service;
    private final UiThreads threads;
    private final Texts t;
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working");
    private final ReadOnlyBooleanWrapper cancelling = new ReadOnlyBooleanWrapper(this, "cancelling");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome", Outcome.NONE);
    private final ReadOnlyObjectWrapper<Path> saved = new ReadOnlyObjectWrapper<>(this, "saved");
    private AtomicBoolean cancel = new AtomicBoolean();

    ExportJob(ExportService service, UiThreads threads, Texts t) {
        this.service = service;
        this.threads = threads;
        this.t = t;
    }

    /** True while an export's worker runs (also after Cancel, until it has stopped and cleaned up). */
    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    public boolean isWorking() {
        return working.get();
    }

    public ReadOnlyBooleanProperty cancellingProperty() {
        return cancelling.getReadOnlyProperty();
    }

    /** 0 to 1; negative while cancelling (indeterminate). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** The file last written, or null. */
    public ReadOnlyObjectProperty<Path> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** Shows why an export cannot start. */
    void refuse(String why) {
        message.set(why);
        outcome.set(Outcome.FAILED);
    }

    void start(ExportSpec spec, Atlas atlas, ProjectedWorld world, Path target) {
        if (working.get()) {
            return;
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        cancel = cancelled;
        working.set(true);
        cancelling.set(false);
        progress.set(0);
        outcome.set(Outcome.NONE);
        message.set("");
        saved.set(null);
        threads.background().execute(() -> {
            try {
                ExportResult r = service.export(spec, atlas, world, target, new ExportProgress() {
                    @Override
                    public void stage(String name, double fraction) {
                        threads.fx().execute(() -> {
                            if (!cancelled.get()) {
                                progress.set(fraction);
                                message.set(t.get("export.stage." + name));
                            }
                        });
                    }

                    @Override
                    public boolean isCancelled() {
                        return cancelled.get();
                    }
                });
                threads.fx().execute(() -> ended(r, null, spec, target));
            } catch (Exception | OutOfMemoryError e) {
                threads.fx().execute(() -> ended(null, e, spec, target));
            }
        });
    }

    /** Asks a running export to stop; it stops at its next stage and removes its temporary file. */
    void cancel() {
        if (working.get() && cancel.compareAndSet(false, true)) {
            cancelling.set(true);
            message.set(t.get("export.cancelling"));
            progress.set(-1);
        }
    }

    private void ended(ExportResult result, Throwable error, ExportSpec spec, Path target) {
        working.set(false);
        cancelling.set(false);
        if (result != null) {
            saved.set(result.file());
            outcome.set(Outcome.SAVED);
            message.set(t.get("export.saved", result.file().toString(), ExportErrors.bytes(result.bytes())));
        } else if (error instanceof CancellationException || cancel.get()) {
            outcome.set(Outcome.NONE);
            message.set(t.get("export.cancelled"));
        } else {
            outcome.set(Outcome.FAILED);
            message.set(ExportErrors.describe(t, error, spec, target));
        }
    }
}
