package org.chaord.atlas.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A paint surface for tests: draws nothing, records each text with its position and anchor, and measures text as
 * 0.6 em a character (about a sans-serif font's average).
 */
public final class MeasuringSurface implements PaintSurface {

    /** A text as painted. */
    public record Placed(String text, double x, double y, TextAlign align) {
    }

    public final List<Placed> texts = new ArrayList<>();
    /** Path points received (moveTo and lineTo): what the canvas would have to rasterise. */
    public long pathPoints;

    @Override public void beginPath() { }
    @Override public void moveTo(double x, double y) { pathPoints++; }
    @Override public void lineTo(double x, double y) { pathPoints++; }
    @Override public void closePath() { }
    @Override public void fillPath(int argb) { }
    @Override public void strokePath(int argb, double width) { }
    @Override public void fillRect(double x, double y, double w, double h, int argb) { }
    @Override public void strokeRect(double x, double y, double w, double h, int argb, double width) { }
    @Override public void fillCircle(double cx, double cy, double r, int argb) { }
    @Override public void strokeCircle(double cx, double cy, double r, int argb, double width) { }
    @Override public void clip(double x, double y, double w, double h) { }
    @Override public void unclip() { }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, int argb, TextAlign align) {
        texts.add(new Placed(text, x, y, align));
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        return text.length() * size * 0.6;
    }
}
