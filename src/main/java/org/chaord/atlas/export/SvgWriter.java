package org.chaord.atlas.export;

import org.chaord.atlas.render.FigureLayout;
import org.chaord.atlas.render.FigurePainter;
import org.chaord.atlas.render.FigureText;
import org.chaord.atlas.render.MapScene;
import org.chaord.atlas.render.PaintSurface;
import org.jfree.svg.SVGGraphics2D;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Paints a figure through JFreeSVG: groups ({@code ocean}, {@code countries}, {@code highlights}, {@code markers},
 * {@code text}, {@code legend}), one filled path per country whose element carries {@code id} = ISO3, text as
 * {@code <text>}. JFreeSVG writes a filled path as {@code <g id="FRA" style="fill:rgb(…)"><path d="…"/></g>}: the id
 * and the fill sit on a group holding exactly that one path. JFreeSVG writes fills only as style properties, so
 * {@link SvgFillAttributes} also puts each country's fill in a {@code fill} attribute, where editors and scripts
 * look for it. Borders are one stroked path in their own group.
 */
final class SvgWriter {

    private SvgWriter() {
    }

    static String paint(MapScene scene, FigureLayout layout, ExportFonts fonts, ExportProgress progress) {
        return withDescription(paint(layout.width(), layout.height(), s -> FigurePainter.paint(scene, layout, s), fonts,
                progress), scene);
    }

    /** Any figure (a map, a chart) painted by {@code figure} as an SVG document of width × height. */
    static String paint(double width, double height, java.util.function.Consumer<PaintSurface> figure,
                        ExportFonts fonts, ExportProgress progress) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setGeomDoubleConverter(SvgWriter::twoDecimals);
        // Unquoted names: JFreeSVG puts the family inside a single-quoted style attribute.
        g.setFontFunction(family -> family.startsWith("DejaVu Sans") ? "DejaVu Sans, Noto Sans, Arial, sans-serif" : family);
        try {
            figure.accept(new Graphics2DSurface(g, true, fonts).cancelWhen(progress::isCancelled));
        } finally {
            g.dispose();
        }
        return SvgFillAttributes.add(g.getSVGDocument());
    }

    /** {@code <title>} and {@code <desc>} as the first children of {@code <svg>}: what a reader announces. */
    static String withDescription(String svg, MapScene scene) {
        int open = svg.indexOf("<svg");
        int end = open < 0 ? -1 : svg.indexOf('>', open);
        if (end < 0) {
            return svg;
        }
        String head = "<title>" + xml(FigureText.title(scene)) + "</title><desc>" + xml(FigureText.description(scene))
                + "</desc>";
        return svg.substring(0, end + 1) + head + svg.substring(end + 1);
    }

    private static String xml(String text) {
        return TextSanitizer.clean(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static void write(String svg, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(svg);
        w.flush();
    }

    /** Coordinates to a hundredth of a pixel: enough for any zoom, and half the file of full precision. */
    static String twoDecimals(double v) {
        long hundredths = Math.round(v * 100);
        long whole = hundredths / 100;
        long frac = Math.abs(hundredths % 100);
        String sign = hundredths < 0 && whole == 0 ? "-" : "";
        if (frac == 0) {
            return sign + whole;
        }
        return sign + whole + "." + (frac < 10 ? "0" + frac : (frac % 10 == 0 ? Long.toString(frac / 10) : Long.toString(frac)));
    }
}
