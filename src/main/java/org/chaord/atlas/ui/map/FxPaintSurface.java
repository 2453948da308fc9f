package org.chaord.atlas.ui.map;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import org.chaord.atlas.ui.internal.ScriptFonts;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.chaord.atlas.render.PaintSurface;
import org.chaord.atlas.render.TextAlign;

import java.util.HashMap;
import java.util.Map;

/** The painter contract over a JavaFX canvas: how the screen paints the same scene as the exports. */
public final class FxPaintSurface implements PaintSurface {

    private final GraphicsContext g;
    private final Map<Integer, Color> colours = new HashMap<>();
    private final Text measurer = new Text();

    public FxPaintSurface(GraphicsContext g) {
        this.g = g;
        g.setFillRule(FillRule.EVEN_ODD);
        // round like the exports' strokes: a mitred 1:10m coast grows spikes at its sharp corners (Brittany)
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setLineCap(StrokeLineCap.ROUND);
    }

    private Color colour(int argb) {
        return colours.computeIfAbsent(argb, c -> Color.rgb((c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF,
                ((c >>> 24) & 0xFF) / 255.0));
    }

    @Override
    public void beginPath() {
        g.beginPath();
    }

    @Override
    public void moveTo(double x, double y) {
        g.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        g.lineTo(x, y);
    }

    @Override
    public void closePath() {
        g.closePath();
    }

    @Override
    public void fillPath(int argb) {
        g.setFill(colour(argb));
        g.fill();
    }

    @Override
    public void strokePath(int argb, double width) {
        g.setStroke(colour(argb));
        g.setLineWidth(width);
        g.stroke();
    }

    @Override
    public void fillRect(double x, double y, double w, double h, int argb) {
        g.setFill(colour(argb));
        g.fillRect(x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, int argb, double width) {
        g.setStroke(colour(argb));
        g.setLineWidth(width);
        g.strokeRect(x, y, w, h);
    }

    @Override
    public void fillCircle(double cx, double cy, double r, int argb) {
        g.setFill(colour(argb));
        g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
    }

    @Override
    public void strokeCircle(double cx, double cy, double r, int argb, double width) {
        g.setStroke(colour(argb));
        g.setLineWidth(width);
        g.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, int argb, TextAlign align) {
        g.setFont(font(text, size, bold));
        g.setFill(colour(argb));
        g.setTextBaseline(VPos.BASELINE);
        g.setTextAlign(switch (align) {
            case LEFT -> TextAlignment.LEFT;
            case CENTER -> TextAlignment.CENTER;
            case RIGHT -> TextAlignment.RIGHT;
        });
        g.fillText(text, x, y);
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        measurer.setFont(font(text, size, bold));
        measurer.setText(text);
        return measurer.getLayoutBounds().getWidth();
    }

    /** "System", or a family that has the text's script where System falls back to boxes (Linux, Chinese). */
    private static Font font(String text, double size, boolean bold) {
        return Font.font(ScriptFonts.forText(text), bold ? FontWeight.BOLD : FontWeight.NORMAL, size);
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        g.save();
        g.beginPath();
        g.rect(x, y, w, h);
        g.clip();
        g.beginPath();
    }

    @Override
    public void unclip() {
        g.restore();
        g.setFillRule(FillRule.EVEN_ODD);
    }
}
