package org.chaord.atlas.ui.app;

import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;

/**
 * The window's first size: the remembered one, made to fit the screen's visual bounds (less the task bar, and less
 * the title bar and frame the window manager adds around the scene), so a size saved on a large monitor never runs
 * off a 1366 × 768 classroom laptop or a 1280 × 720 projector.
 */
record WindowSize(double width, double height) {

    /** What a window manager adds around the scene: title bar and borders (an estimate; GNOME, KDE, Windows). */
    static final double FRAME_WIDTH = 16;
    static final double FRAME_HEIGHT = 40;
    static final double MIN_WIDTH = 800;
    static final double MIN_HEIGHT = 560;

    static WindowSize fit(double wantedWidth, double wantedHeight, double screenWidth, double screenHeight) {
        double w = Math.min(wantedWidth, screenWidth - FRAME_WIDTH);
        double h = Math.min(wantedHeight, screenHeight - FRAME_HEIGHT);
        return new WindowSize(Math.max(Math.min(MIN_WIDTH, screenWidth), w), Math.max(Math.min(MIN_HEIGHT, screenHeight), h));
    }

    /** The window manager may place the window partly off the visual bounds: move it back inside. */
    static void keepOnScreen(Stage stage, Rectangle2D screen) {
        if (stage.getX() + stage.getWidth() > screen.getMaxX() || stage.getX() < screen.getMinX()) {
            stage.setX(Math.max(screen.getMinX(), screen.getMaxX() - stage.getWidth()));
        }
        if (stage.getY() + stage.getHeight() > screen.getMaxY() || stage.getY() < screen.getMinY()) {
            stage.setY(Math.max(screen.getMinY(), screen.getMaxY() - stage.getHeight()));
        }
    }
}
