package org.chaord.atlas.render;

/**
 * Paints a finished figure: title, subtitle, date, the map, the legend with counts, the source and attribution. In a
 * right-to-left language (Arabic) the figure is mirrored: the title starts on the right, the legend sits on the right.
 */
public final class FigurePainter {

    private FigurePainter() {
    }

    public static void paint(MapScene scene, FigureLayout layout, PaintSurface s) {
        Palette p = scene.palette();
        double k = layout.k();
        s.fillRect(0, 0, layout.width(), layout.height(), p.background());
        ScenePainter.paintMap(scene, s);
        boolean rtl = isRightToLeft(scene);
        double startX = rtl ? layout.width() - 16 * k : 16 * k; // where reading starts
        double endX = rtl ? 16 * k : layout.width() - 16 * k;
        TextAlign start = rtl ? TextAlign.RIGHT : TextAlign.LEFT;
        TextAlign end = rtl ? TextAlign.LEFT : TextAlign.RIGHT;
        s.beginGroup("text");
        // A long title (French, or typed by the user) shrinks to leave room for the date, then is cut with an ellipsis.
        double room = layout.width() - 48 * k - s.textWidth(scene.dateLine(), 20 * k, true);
        double titleSize = fitSize(s, scene.title(), room, 26 * k, 16 * k);
        s.text(fit(s, scene.title(), room, titleSize), startX, 34 * k, titleSize, true, p.text(), start);
        if (!scene.subtitle().isBlank()) {
            s.text(scene.subtitle(), startX, 58 * k, 15 * k, false, p.text(), start);
        }
        s.text(scene.dateLine(), endX, 34 * k, 20 * k, true, p.text(), end);
        if (!scene.trackerLine().isBlank()) { // the UN convention's "n of 40 instruments"; empty for other views
            s.text(scene.trackerLine(), endX, 58 * k, 13 * k, false, p.text(), end);
        }
        if (!scene.asOfLine().isBlank()) { // the day is past the data's as-of date: say what the map really shows
            double asOfY = scene.trackerLine().isBlank() ? 58 * k : 78 * k;
            s.text(scene.asOfLine(), endX, asOfY, 12 * k, true, p.text(), end);
        }
        double footY = layout.height() - 12 * k;
        s.text(scene.sourceLine(), startX, footY, 11 * k, false, p.text(), start);
        s.text(scene.attribution(), endX, footY, 11 * k, false, p.text(), end);
        s.endGroup();
        paintLegend(scene, layout, s);
    }

    /** The largest size from {@code max} down to {@code min} at which the text fits the room. */
    static double fitSize(PaintSurface s, String text, double room, double max, double min) {
        double width = s.textWidth(text, max, true);
        return width <= room ? max : Math.max(min, max * room / width * 0.97); // widths grow a little faster than sizes
    }

    /** The text, cut with an ellipsis if it is still wider than the room at this size. */
    static String fit(PaintSurface s, String text, double room, double size) {
        if (s.textWidth(text, size, true) <= room) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && s.textWidth(cut + "\u2026", size, true) > room) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "\u2026";
    }

    public static boolean isRightToLeft(MapScene scene) {
        return "ar".equals(scene.request().texts().locale().getLanguage());
    }

    /** The legend box's width and height as {@code s} measures its words, its entries in one column. */
    public static double[] legendSize(MapScene scene, double k, PaintSurface s) {
        return legendSize(scene, k, s, 1);
    }

    /** The legend box's width and height with its entries in {@code columns} columns, filled row by row. */
    public static double[] legendSize(MapScene scene, double k, PaintSurface s, int columns) {
        double labelW = 0;
        double countW = 0;
        for (LegendEntry e : scene.legend()) {
            labelW = Math.max(labelW, s.textWidth(e.label(), 12 * k, false));
            countW = Math.max(countW, e.count() < 0 ? 0 : s.textWidth(Integer.toString(e.count()), 12 * k, false));
        }
        double column = 13 * k + 18 * k + labelW + (countW > 0 ? 14 * k + countW : 0);
        int rows = (scene.legend().size() + columns - 1) / columns;
        double width = column * columns + 12 * k * (columns - 1);
        if (!scene.uncertainLine().isBlank()) { // one more row across the whole box: "n uncertain (…)"
            rows++;
            width = Math.max(width, 13 * k + 18 * k + s.textWidth(scene.uncertainLine(), 12 * k, false));
        }
        return new double[] {width, 19 * k * rows + 12 * k};
    }

    private static void paintLegend(MapScene scene, FigureLayout layout, PaintSurface s) {
        boolean rtl = isRightToLeft(scene);
        Palette p = scene.palette();
        double k = layout.k();
        double size = 12 * k;
        double row = 19 * k;
        double swatch = 13 * k;
        LegendSpot spot = layout.legend();
        int columns = spot == null ? 1 : spot.columns();
        double[] box = legendSize(scene, k, s, columns);
        double boxW = box[0];
        double boxH = box[1];
        double columnW = (boxW - 12 * k * (columns - 1)) / columns;
        double x = spot != null ? spot.x()
                : rtl ? layout.mapLeft() + layout.mapWidth() - 8 * k - boxW : layout.mapLeft() + 8 * k;
        double y = spot != null ? spot.y() : layout.mapTop() + layout.mapHeight() - boxH - 8 * k;
        s.beginGroup("legend");
        s.fillRect(x, y, boxW, boxH, (p.background() & 0x00FFFFFF) | 0xE6000000);
        s.strokeRect(x, y, boxW, boxH, p.border() == 0xFFFFFFFF ? 0xFFBBBBBB : p.border(), 0.8 * k);
        for (int i = 0; i < scene.legend().size(); i++) {
            LegendEntry e = scene.legend().get(i);
            double colX = rtl ? x + boxW - (i % columns + 1) * columnW - (i % columns) * 12 * k
                    : x + (i % columns) * (columnW + 12 * k);
            double yy = y + 6 * k + (i / columns) * row;
            double swatchX = rtl ? colX + columnW - 6 * k - swatch : colX + 6 * k;
            s.fillRect(swatchX, yy + (row - swatch) / 2, swatch, swatch, e.argb());
            s.strokeRect(swatchX, yy + (row - swatch) / 2, swatch, swatch, 0xFF777777, 0.6 * k);
            double labelX = rtl ? swatchX - 6 * k : swatchX + swatch + 6 * k;
            s.text(e.label(), labelX, yy + row * 0.72, size, false, p.text(), rtl ? TextAlign.RIGHT : TextAlign.LEFT);
            if (e.count() >= 0) {
                s.text(Integer.toString(e.count()), rtl ? colX + 6 * k : colX + columnW - 6 * k, yy + row * 0.72, size,
                        false, p.text(), rtl ? TextAlign.LEFT : TextAlign.RIGHT);
            }
        }
        if (!scene.uncertainLine().isBlank()) { // a hatched swatch, hatched as the map hatches, and "n uncertain (…)"
            double yy = y + 6 * k + ((scene.legend().size() + columns - 1) / columns) * row;
            double swatchX = rtl ? x + boxW - 6 * k - swatch : x + 6 * k;
            double sy = yy + (row - swatch) / 2;
            s.fillRect(swatchX, sy, swatch, swatch, p.background());
            s.beginPath();
            Hatching.addScreenLines(s, new double[][] {{swatchX, sy, swatchX + swatch, sy, swatchX + swatch,
                sy + swatch, swatchX, sy + swatch}}, ScenePainter.HATCH_SPACING_PX * 0.8 * k);
            s.strokePath(ScenePainter.hatchInk(p), 1.1 * k);
            s.strokeRect(swatchX, sy, swatch, swatch, 0xFF777777, 0.6 * k);
            double labelX = rtl ? swatchX - 6 * k : swatchX + swatch + 6 * k;
            s.text(scene.uncertainLine(), labelX, yy + row * 0.72, size, false, p.text(),
                    rtl ? TextAlign.RIGHT : TextAlign.LEFT);
        }
        s.endGroup();
    }
}
