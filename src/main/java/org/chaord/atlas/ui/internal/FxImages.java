package org.chaord.atlas.ui.internal;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

import java.awt.image.BufferedImage;

/** Figures as JavaFX images, and on the system clipboard. */
public final class FxImages {

    private FxImages() {
    }

    /** A JavaFX copy of an AWT image (any thread; no Swing needed). */
    public static WritableImage toFx(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        WritableImage fx = new WritableImage(w, h);
        fx.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return fx;
    }

    /** Puts {@code image} on the system clipboard (FX thread); false when the clipboard refused it. */
    public static boolean put(Image image) {
        ClipboardContent content = new ClipboardContent();
        content.putImage(image);
        return Clipboard.getSystemClipboard().setContent(content);
    }
}
