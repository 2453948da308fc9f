package org.chaord.atlas.ui.chart;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.chaord.atlas.export.ChartExport;
import org.chaord.atlas.export.ExportFormat;
import org.chaord.atlas.export.PaperSize;
import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.render.ChartRequest;
import org.chaord.atlas.ui.internal.UiThreads;

import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * "Export chart…": the chart as PNG, SVG or PDF at the {@code chart} command's default size (1920 × 1080 px,
 * 96 dpi), written by {@link ChartExport} on the background executor, so it is the command's figure. The outcome is
 * said in {@link #messageProperty()}.
 */
final class ChartExporter {

    static final int WIDTH = 1920;
    static final int HEIGHT = 1080;

    private final UiThreads threads;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    ChartExporter(UiThreads threads) {
        this.threads = threads;
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Asks where to write, then writes there; nothing when the user cancels. */
    void choose(Window owner, Atlas atlas, ChartRequest req) {
        Texts t = req.texts();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(t.get("chart.export"));
        for (ExportFormat f : ExportFormat.values()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.name(), "*." + f.extension()));
        }
        chooser.setInitialFileName("parties-" + req.treaty().id() + "-" + req.marked() + ".png");
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        Path out = file.toPath();
        ExportFormat format = ExportFormat.fromFileName(out);
        if (format == null) { // no extension typed: the chosen filter's, added to the name
            int chosen = chooser.getExtensionFilters().indexOf(chooser.getSelectedExtensionFilter());
            format = ExportFormat.values()[Math.max(0, chosen)];
            out = out.resolveSibling(out.getFileName() + "." + format.extension());
        }
        write(atlas, req, format, out);
    }

    /** Writes the chart in the background; the future completes on the FX thread with the file, or fails. */
    CompletableFuture<Path> write(Atlas atlas, ChartRequest req, ExportFormat format, Path out) {
        Texts t = req.texts();
        message.set(t.get("chart.exporting"));
        CompletableFuture<Path> done = new CompletableFuture<>();
        threads.background().execute(() -> {
            try {
                Path written = new ChartExport().write(atlas, req, format, WIDTH, HEIGHT, PaperSize.SCREEN_DPI, out);
                threads.fx().execute(() -> {
                    message.set(t.get("chart.exported", written));
                    done.complete(written);
                });
            } catch (Exception | LinkageError e) {
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                threads.fx().execute(() -> {
                    message.set(t.get("chart.exportFailed", out, why));
                    done.completeExceptionally(e);
                });
            }
        });
        return done;
    }
}
