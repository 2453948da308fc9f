package org.chaord.atlas.render;

/**
 * Where the parts of an exported figure go on a page of width × height pixels: a header (title, subtitle, date),
 * the map, and a footer (source line, attribution). {@code k} scales type and lines with the page size. The legend
 * sits where {@code legend} says (null: the bottom corner on the reading-start side); when no open-ocean spot was
 * free, a band beside ({@code bandLeft}, {@code bandRight}) or below ({@code bandBottom}) the map holds it.
 */
public record FigureLayout(double width, double height, double k, double headerHeight, double footerHeight,
                           double bandLeft, double bandRight, double bandBottom, LegendSpot legend) {

    public static FigureLayout of(double width, double height) {
        double k = Math.max(0.5, Math.min(width / 1920.0, height / 1080.0) * 1.6);
        return new FigureLayout(width, height, k, 92 * k, 34 * k, 0, 0, 0, null);
    }

    /** The same page with the map narrowed or shortened by a band kept for the legend. */
    public FigureLayout withBands(double left, double right, double bottom) {
        return new FigureLayout(width, height, k, headerHeight, footerHeight, left, right, bottom, legend);
    }

    public FigureLayout withLegend(LegendSpot spot) {
        return new FigureLayout(width, height, k, headerHeight, footerHeight, bandLeft, bandRight, bandBottom, spot);
    }

    public double mapLeft() {
        return 16 * k + bandLeft;
    }

    public double mapTop() {
        return headerHeight;
    }

    public double mapWidth() {
        return width - 32 * k - bandLeft - bandRight;
    }

    public double mapHeight() {
        return height - headerHeight - footerHeight - bandBottom;
    }

    /** The viewport that shows {@code world} in this figure's map area. */
    public Viewport mapViewport(org.locationtech.jts.geom.Envelope world) {
        return Viewport.fit(world, mapLeft(), mapTop(), mapWidth(), mapHeight(), 4 * k);
    }
}
