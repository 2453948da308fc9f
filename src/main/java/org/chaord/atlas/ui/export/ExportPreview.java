package org.chaord.atlas.ui.export;

import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.effect.DropShadow;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.Duration;
import org.chaord.atlas.export.ExportService;
import org.chaord.atlas.export.ExportSpec;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.render.ProjectedWorld;
import org.chaord.atlas.ui.AtlasViewModel;
import org.chaord.atlas.ui.internal.Background;
import org.chaord.atlas.ui.internal.FxImages;

import java.util.function.Supplier;

/**
 * The export dialog's live preview of exactly the figure that will be written: requests are debounced, the figure is
 * painted at preview scale on the background executor, and only the latest request is shown.
 */
final class ExportPreview {

    private static final double WIDTH = 440;
    private static final double HEIGHT = 290;

    private final AtlasViewModel vm;
    private final ExportService service;
    private final Supplier<ExportSpec> spec;
    private final ImageView image = new ImageView();
    private final Label caption = new Label();
    private final PauseTransition debounce = new PauseTransition(Duration.millis(160));
    private boolean closed;
    private long requested;
    private long shown;

    /** @param spec the figure to preview, read on the FX thread when the debounce delay has passed */
    ExportPreview(AtlasViewModel vm, ExportService service, Supplier<ExportSpec> spec) {
        this.vm = vm;
        this.service = service;
        this.spec = spec;
        debounce.setOnFinished(e -> render());
    }

    /** The heading, the framed image and the caption. */
    VBox node(String heading) {
        image.setId("export-preview");
        image.setPreserveRatio(true);
        image.setSmooth(true);
        image.setEffect(new DropShadow(8, Color.rgb(0, 0, 0, 0.25)));
        StackPane frame = new StackPane(image);
        frame.setMinSize(WIDTH + 24, HEIGHT + 24);
        frame.setMaxSize(WIDTH + 24, HEIGHT + 24);
        frame.getStyleClass().add("export-preview-frame");
        caption.setId("export-caption");
        caption.getStyleClass().addAll("text-muted", "text-small");
        Label previewLabel = new Label(heading);
        previewLabel.getStyleClass().add("text-bold");
        return new VBox(8, previewLabel, frame, caption);
    }

    ImageView imageView() {
        return image;
    }

    /** The settings changed: shows the new caption and paints the preview once they rest for a moment. */
    void request(String captionText) {
        caption.setText(captionText);
        requested++;
        debounce.playFromStart();
    }

    /** True until the preview shows the current settings. */
    boolean isPending() {
        return shown != requested || debounce.getStatus() == Animation.Status.RUNNING;
    }

    /** Drops a waiting request. */
    void stop() {
        debounce.stop();
    }

    /** Stops previewing for good (the dialog is closed). */
    void shutdown() {
        closed = true;
    }

    private void render() {
        Atlas atlas = vm.atlas();
        long generation = requested;
        if (atlas == null || vm.world() == null || closed) {
            shown = generation;
            return;
        }
        ExportSpec figure = spec.get();
        ProjectedWorld world = FigureWorld.of(vm, figure); // the export's own map: 1:10m for a region
        // painted at the screen's pixel density and shown at the frame's size, so HiDPI screens see it sharp
        double density = image.getScene() == null || image.getScene().getWindow() == null ? 1
                : image.getScene().getWindow().getOutputScaleX();
        double scale = Math.min(WIDTH / figure.width(), HEIGHT / figure.height()) * density;
        Background.executor().execute(() -> {
            WritableImage painted;
            try {
                painted = FxImages.toFx(service.image(figure, atlas, world, scale));
            } catch (RuntimeException | OutOfMemoryError e) {
                painted = null;
            }
            WritableImage result = painted;
            Platform.runLater(() -> {
                if (generation == requested) {
                    if (result != null) {
                        image.setImage(result);
                        image.setFitWidth(result.getWidth() / density);
                        image.setFitHeight(result.getHeight() / density);
                    }
                    shown = generation;
                }
            });
        });
    }
}
