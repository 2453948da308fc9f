package org.chaord.atlas.render;

/**
 * The one painter contract: what a scene needs from a target. The screen implements it over a JavaFX canvas, each
 * export over a Java2D {@code Graphics2D} (PNG, SVG, PDF). Coordinates are in the target's pixels, y down; colours
 * are 0xAARRGGBB. Paths use the even-odd rule so holes (lakes, enclaves) stay open.
 */
public interface PaintSurface {

    /** Starts a named group (SVG: a {@code <g>} or the country's element with {@code id}); others may ignore it. */
    default void beginGroup(String id) {
    }

    default void endGroup() {
    }

    void beginPath();

    void moveTo(double x, double y);

    void lineTo(double x, double y);

    void closePath();

    void fillPath(int argb);

    void strokePath(int argb, double width);

    void fillRect(double x, double y, double w, double h, int argb);

    void strokeRect(double x, double y, double w, double h, int argb, double width);

    void fillCircle(double cx, double cy, double r, int argb);

    void strokeCircle(double cx, double cy, double r, int argb, double width);

    /** Draws text with its baseline at y. */
    void text(String text, double x, double y, double size, boolean bold, int argb, TextAlign align);

    double textWidth(String text, double size, boolean bold);

    void clip(double x, double y, double w, double h);

    void unclip();
}
