package org.chaord.atlas.render;

import java.util.ArrayList;
import java.util.List;

/** A paint surface for tests that keeps every rectangle and circle it is asked to paint, with its colour. */
public final class RecordingSurface implements PaintSurface {

    /** A filled or stroked shape: a rectangle (x, y, w, h) or a circle (x, y = centre, w = h = radius). */
    public record Shape(String kind, double x, double y, double w, double h, int argb) {
    }

    public final List<Shape> shapes = new ArrayList<>();
    public final List<MeasuringSurface.Placed> texts = new ArrayList<>();

    @Override public void beginPath() { }
    @Override public void moveTo(double x, double y) { }
    @Override public void lineTo(double x, double y) { }
    @Override public void closePath() { }
    @Override public void fillPath(int argb) { }
    @Override public void strokePath(int argb, double width) { }
    @Override public void clip(double x, double y, double w, double h) { }
    @Override public void unclip() { }

    @Override
    public void fillRect(double x, double y, double w, double h, int argb) {
        shapes.add(new Shape("rect", x, y, w, h, argb));
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, int argb, double width) {
        shapes.add(new Shape("strokeRect", x, y, w, h, argb));
    }

    @Override
    public void fillCircle(double cx, double cy, double r, int argb) {
        shapes.add(new Shape("circle", cx, cy, r, r, argb));
    }

    @Override
    public void strokeCircle(double cx, double cy, double r, int argb, double width) {
        shapes.add(new Shape("ring", cx, cy, r, r, argb));
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, int argb, TextAlign align) {
        texts.add(new MeasuringSurface.Placed(text, x, y, align));
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        return text.length() * size * 0.6;
    }

    /** The shapes of one kind. */
    public List<Shape> of(String kind) {
        return shapes.stream().filter(s -> s.kind().equals(kind)).toList();
    }
}
