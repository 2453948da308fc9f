package org.chaord.atlas.ui.panel;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** The legend's swatch for uncertain countries: diagonal lines as the map draws them over a country. */
final class HatchSwatch {

    private static final double SIZE = 14;
    private static final double SPACING = 4.8;

    private HatchSwatch() {
    }

    static Canvas create() {
        Canvas c = new Canvas(SIZE, SIZE);
        c.setId("legend-uncertain-swatch");
        GraphicsContext g = c.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, SIZE, SIZE);
        g.setStroke(Color.rgb(0x22, 0x22, 0x22, 0.7));
        g.setLineWidth(1.1);
        for (double u = SPACING; u < 2 * SIZE; u += SPACING) { // lines x + y = u, as render.Hatching draws them
            g.strokeLine(Math.max(0, u - SIZE), Math.min(SIZE, u), Math.min(SIZE, u), Math.max(0, u - SIZE));
        }
        g.setStroke(Color.gray(0.47));
        g.setLineWidth(0.6);
        g.strokeRect(0.3, 0.3, SIZE - 0.6, SIZE - 0.6);
        return c;
    }
}
