package org.chaord.atlas.ui.app;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.chaord.atlas.ui.internal.AfterPulses;
import org.chaord.atlas.ui.map.MapCanvas;

import java.lang.ref.WeakReference;
import java.nio.IntBuffer;

/**
 * The map as the last start showed it, on screen before the data is read and the window is built (ADR 0031): its
 * pixels where the map will be, on the window's background, with no control and no text to lay out, so it costs
 * the toolkit next to nothing, to build or to render. It lies over the real window until that window's map has
 * painted, then goes.
 */
final class FirstFrame {

    /**
     * Pulses between showing the kept frame and building the window under it. The first frame can be drawn before
     * the window is mapped and then never reaches the screen: GTK asks for it again once the window appears, and
     * that repaint needs a pulse the window's building (~0.4 s on the FX thread) would hold up. With 2 the window
     * stayed white for half a second at every start that remembered its settings; with 6 (~0.1 s) the kept map is on
     * screen by then (launcher under Xvfb, one screenshot per start at 0.5 and 0.7 s).
     */
    static final int ON_SCREEN_PULSES = 6;

    // both let go when the frame leaves: detached nodes keep their peers, and a peer keeps the pixels it last drew
    private Pane pane;
    private ImageView picture;
    private final Bounds bounds;
    private final WeakReference<IntBuffer> pixels;
    private final String title;
    private final double sceneWidth;
    private final double sceneHeight;
    private final double scale;
    private long shownAtMillis;

    private FirstFrame(SavedFrame saved) {
        title = saved.title();
        sceneWidth = saved.sceneWidth();
        sceneHeight = saved.sceneHeight();
        scale = saved.pixelWidth() / saved.width();
        // the image draws from the kept pixels themselves, not from a copy (1.3 MB at 1366 x 768); the reading
        // thread premultiplied them (KeptFrames)
        IntBuffer argb = IntBuffer.wrap(saved.argb());
        picture = new ImageView(new WritableImage(new PixelBuffer<>(saved.pixelWidth(), saved.pixelHeight(), argb,
                PixelFormat.getIntArgbPreInstance())));
        picture.setFitWidth(saved.width()); // device pixels on a HiDPI screen: drawn 1:1, not scaled up
        picture.setFitHeight(saved.height());
        picture.relocate(saved.x(), saved.y());
        bounds = new BoundingBox(saved.x(), saved.y(), saved.width(), saved.height());
        pixels = new WeakReference<>(argb);
        pane = new Pane(picture);
        pane.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT); // placed in scene pixels, as it was kept
        pane.setBackground(new Background(new BackgroundFill(argb(saved.background()), null, null)));
        pane.setMouseTransparent(true);
    }

    /** Builds the kept frame (FX thread: its image needs the toolkit). */
    static FirstFrame of(SavedFrame saved) {
        return new FirstFrame(saved);
    }

    /** Where the kept map sits in the scene (where the live map was when it was kept). */
    Bounds bounds() {
        return bounds;
    }

    /** True when a window of this size, on a screen of this scale, lays the map out where it was. */
    boolean fits(double width, double height, double outputScale) {
        return sceneWidth == width && sceneHeight == height && Math.abs(scale - outputScale) < 0.01;
    }

    /** Shows the kept frame in a new scene of the stage (FX thread). */
    void show(Stage stage) {
        stage.setScene(new Scene(pane, sceneWidth, sceneHeight));
        stage.setTitle(title);
        stage.show();
        shownAtMillis = System.currentTimeMillis();
    }

    /** Wall-clock time the kept frame was shown (the first shaded frame of such a start), 0 before. */
    long shownAtMillis() {
        return shownAtMillis;
    }

    /** The kept frame's pixels, weakly: tests check nothing holds them once the frame has left. */
    WeakReference<IntBuffer> pixels() {
        return pixels;
    }

    /** The window under the kept frame while it is built; the kept frame stays on top until {@link #leave}. */
    StackPane cover(Parent window) {
        return new StackPane(window, pane);
    }

    /**
     * The kept frame goes, its pixels with it; the window becomes the scene's root a pulse later. The frame leaves
     * the scene first, while its holder is still on screen: a node's peer learns of changes only in a scene, and the
     * holder's peer, which the window's peer keeps as its parent, would otherwise hold the pixels as long as the
     * window lives.
     */
    void leave(Scene scene, Parent window) {
        picture.setImage(null);
        if (window.getParent() instanceof StackPane holder) {
            holder.getChildren().remove(pane);
            AfterPulses.run(1, () -> {
                holder.getChildren().clear();
                scene.setRoot(window);
            });
        } else {
            scene.setRoot(window);
        }
        picture = null;
        pane = null;
    }

    /** The map on screen, kept for the next start; null while the map shows another frame than its current one. */
    static SavedFrame record(MapCanvas map, Stage stage, Node window) {
        WritableImage pixels = map.pixels(stage.getOutputScaleX());
        if (pixels == null || window.getScene() == null) {
            return null;
        }
        int w = (int) pixels.getWidth();
        int h = (int) pixels.getHeight();
        int[] argb = new int[w * h];
        pixels.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        Bounds b = map.canvasBoundsInScene();
        return new SavedFrame(stage.getTitle(), window.getScene().getWidth(), window.getScene().getHeight(),
                b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight(), backgroundOf(window), w, h, argb);
    }

    private static int backgroundOf(Node window) {
        Paint fill = window instanceof Region r && r.getBackground() != null && !r.getBackground().getFills().isEmpty()
                ? r.getBackground().getFills().get(0).getFill() : null;
        Color c = fill instanceof Color color ? color : Color.WHITE;
        return (int) Math.round(c.getOpacity() * 255) << 24 | (int) Math.round(c.getRed() * 255) << 16
                | (int) Math.round(c.getGreen() * 255) << 8 | (int) Math.round(c.getBlue() * 255);
    }

    private static Color argb(int argb) {
        return Color.rgb(argb >> 16 & 0xff, argb >> 8 & 0xff, argb & 0xff, (argb >>> 24) / 255.0);
    }
}
