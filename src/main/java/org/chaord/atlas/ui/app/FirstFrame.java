package org.chaord.atlas.ui.app;

import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.chaord.atlas.render.PaintRecording;
import org.chaord.atlas.ui.map.FxPaintSurface;
import org.chaord.atlas.ui.map.MapCanvas;

/**
 * The map as the last start left it, shown before the data is read and the window is built (ADR 0031): a plain
 * canvas where the map will be, on the window's background, with no control and no text, so it costs the toolkit
 * next to nothing. It lies over the real window until that window's map has painted, then goes. FX thread only.
 */
final class FirstFrame {

    private final Pane pane;
    private final Canvas canvas;
    private final String title;
    private final double sceneWidth;
    private final double sceneHeight;
    private long shownAtMillis;

    private FirstFrame(SavedFrame saved) {
        title = saved.title();
        sceneWidth = saved.sceneWidth();
        sceneHeight = saved.sceneHeight();
        canvas = new Canvas(saved.width(), saved.height());
        canvas.relocate(saved.x(), saved.y());
        saved.shapes().replay(new FxPaintSurface(canvas.getGraphicsContext2D()));
        pane = new Pane(canvas);
        pane.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT); // placed in scene pixels, as it was recorded
        pane.setBackground(new Background(new BackgroundFill(argb(saved.background()), null, null)));
        pane.setMouseTransparent(true);
    }

    /**
     * Paints the kept frame, on any thread: before the toolkit has started too, as nothing here is on a scene yet.
     */
    static FirstFrame of(SavedFrame saved) {
        return new FirstFrame(saved);
    }

    /** True when a window of this size lays the map out where it was. */
    boolean fits(double width, double height) {
        return sceneWidth == width && sceneHeight == height;
    }

    /** Shows the kept frame in a new scene of the stage (FX thread). */
    void show(Stage stage) {
        stage.setScene(new Scene(pane, sceneWidth, sceneHeight));
        stage.setTitle(title);
        stage.show();
        shownAtMillis = System.currentTimeMillis();
    }

    /** The kept frame's pixels (tests compare them with the live map's). */
    Canvas canvas() {
        return canvas;
    }

    /** Wall-clock time the kept frame was shown (the first shaded frame of such a start), 0 before. */
    long shownAtMillis() {
        return shownAtMillis;
    }

    /** The window under the kept frame while it is built; the kept frame stays on top until {@link #leave}. */
    StackPane cover(Parent window) {
        return new StackPane(window, pane);
    }

    /** The kept frame goes; the window becomes the scene's root. */
    void leave(Scene scene, Parent window) {
        if (window.getParent() instanceof StackPane holder) {
            holder.getChildren().clear();
        }
        scene.setRoot(window);
    }

    /** The map on screen, kept for the next start; null while the map shows another frame than its current one. */
    static SavedFrame record(MapCanvas map, Stage stage, Node window) {
        PaintRecording shapes = new PaintRecording();
        if (!map.paintInto(shapes) || window.getScene() == null) {
            return null;
        }
        Bounds b = map.canvasBoundsInScene();
        return new SavedFrame(stage.getTitle(), window.getScene().getWidth(), window.getScene().getHeight(), b.getMinX(), b.getMinY(),
                b.getWidth(), b.getHeight(), backgroundOf(window), shapes);
    }

    private static int backgroundOf(Node window) {
        Paint fill = window instanceof javafx.scene.layout.Region r && r.getBackground() != null
                && !r.getBackground().getFills().isEmpty() ? r.getBackground().getFills().get(0).getFill() : null;
        Color c = fill instanceof Color color ? color : Color.WHITE;
        return (int) Math.round(c.getOpacity() * 255) << 24 | (int) Math.round(c.getRed() * 255) << 16
                | (int) Math.round(c.getGreen() * 255) << 8 | (int) Math.round(c.getBlue() * 255);
    }

    private static Color argb(int argb) {
        return Color.rgb(argb >> 16 & 0xff, argb >> 8 & 0xff, argb & 0xff, (argb >>> 24) / 255.0);
    }
}
