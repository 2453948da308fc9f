package org.chaord.atlas.ui.app;

import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import org.chaord.atlas.ui.internal.AfterPulses;

/**
 * Lets JavaFX give back the texture of an image it no longer draws (ADR 0033). Prism keeps each drawn image's texture
 * in a map weak on the image, and drops the entry of a collected image only when it next looks a texture up, that
 * is, when it next draws an image. The window draws no image after the kept first frame, so that frame's texture
 * (1.3 MB at 1366 × 768) stayed for the whole session. One transparent pixel, drawn for a pulse once the frame has
 * been collected, makes prism look, and let go.
 */
final class TextureSweep {

    private TextureSweep() {
    }

    /** Draws one transparent pixel in {@code host} for a pulse (FX thread); nothing on screen changes. */
    static void run(Pane host) {
        ImageView pixel = new ImageView(new WritableImage(1, 1));
        pixel.setManaged(false); // laid out by no one: the window's layout does not move
        pixel.setMouseTransparent(true);
        host.getChildren().add(pixel);
        AfterPulses.run(2, () -> host.getChildren().remove(pixel));
    }
}
