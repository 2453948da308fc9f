package org.chaord.atlas.export;

import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.PartiesOverTime;
import org.chaord.atlas.render.ChartPainter;
import org.chaord.atlas.render.ChartRequest;
import org.chaord.atlas.render.FigureLayout;
import org.chaord.atlas.render.PaintSurface;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Writes a parties-over-time chart as PNG, SVG or PDF through the same Java2D surface and writers as the maps, and
 * atomically. The page is laid out like a map figure of the same size ({@link FigureLayout}).
 */
public final class ChartExport {

    private final ExportFonts fonts;

    public ChartExport() {
        this(ExportFonts.bundled());
    }

    public ChartExport(ExportFonts fonts) {
        this.fonts = fonts;
    }

    /** The chart as drawn into {@code surface} on a width × height page. */
    public static Consumer<PaintSurface> figure(Atlas atlas, ChartRequest req, int width, int height) {
        PartiesOverTime chart = PartiesOverTime.of(atlas, req.treaty(), req.from(), req.to());
        FigureLayout layout = FigureLayout.of(width, height);
        return s -> ChartPainter.paint(atlas, chart, req, layout, s);
    }

    /** The title the chart shows (the PDF's document title too). */
    static String title(ChartRequest req) {
        return req.title() != null && !req.title().isBlank() ? req.title()
                : req.texts().get("chart.title", req.texts().viewName(org.chaord.atlas.model.View.of(req.treaty())));
    }

    /** Writes the chart; {@code dpi} goes into the PNG's pHYs and sets the PDF page size. Returns the absolute file. */
    public Path write(Atlas atlas, ChartRequest req, ExportFormat format, int width, int height, double dpi, Path out)
            throws IOException {
        if (width <= 0 || height <= 0 || !(dpi > 0)) {
            throw new IllegalArgumentException("size and dpi must be positive (got " + width + " × " + height + ", "
                    + dpi + " dpi)");
        }
        Consumer<PaintSurface> figure = figure(atlas, req, width, height);
        ExportProgress none = ExportProgress.NONE;
        return AtomicWrite.write(out, os -> {
            switch (format) {
                case PNG -> {
                    BufferedImage image = PngWriter.paint(width, height, figure, fonts, none);
                    PngWriter.write(image, dpi, os, none);
                }
                case SVG -> SvgWriter.write(SvgWriter.paint(width, height, figure, fonts, none), os);
                case PDF -> PdfWriter.write(figure, width * 72.0 / dpi, height * 72.0 / dpi, dpi, title(req),
                        req.from() + " – " + req.to(), fonts, os, none);
            }
        });
    }
}
