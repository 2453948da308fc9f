package org.chaord.atlas.render;

/**
 * Where the parts of an exported figure go on a page of width × height pixels: a header (title, subtitle, date),
 * the map, and a footer (source line, attribution). {@code k} scales type and lines with the page size.
 */
public record FigureLayout(double width, double height, double k, double headerHeight, double footerHeight) {

    public static FigureLayout of(double width, double height) {
        double k = Math.max(0.5, Math.min(width / 1920.0, height / 1080.0) * 1.6);
        return new FigureLayout(width, height, k, 92 * k, 34 * k);
    }

    public double mapLeft() {
        return 16 * k;
    }

    public double mapTop() {
        return headerHeight;
    }

    public double mapWidth() {
        return width - 32 * k;
    }

    public double mapHeight() {
        return height - headerHeight - footerHeight;
    }

    /** The viewport that shows {@code world} in this figure's map area. */
    public Viewport mapViewport(org.locationtech.jts.geom.Envelope world) {
        return Viewport.fit(world, mapLeft(), mapTop(), mapWidth(), mapHeight(), 4 * k);
    }
}
