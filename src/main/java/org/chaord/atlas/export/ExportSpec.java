package org.chaord.atlas.export;

import org.chaord.atlas.geo.ProjectionKind;
import org.chaord.atlas.model.View;
import org.chaord.atlas.render.Palette;
import org.chaord.atlas.render.RegionPreset;
import org.locationtech.jts.geom.Envelope;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * What to export: format, size in pixels and the resolution they are meant for (PNG pHYs, PDF page size), and what
 * the figure shows. {@code title} and {@code subtitle} may be null (title: the view's name; subtitle: none).
 * {@code extent}, when not null, is an explicit projected rectangle (e.g. the map window's visible part) that
 * overrides {@code region}.
 */
public record ExportSpec(ExportFormat format, int width, int height, double dpi, View view, LocalDate date,
                         ProjectionKind projection, RegionPreset region, Palette palette, Locale locale,
                         String title, String subtitle, Envelope extent) {

    public ExportSpec {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(date, "date");
        projection = projection == null ? ProjectionKind.defaultKind() : projection;
        region = region == null ? RegionPreset.WORLD : region;
        palette = palette == null ? Palette.DEFAULT : palette;
        locale = locale == null ? Locale.ENGLISH : locale;
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("width and height must be positive (got " + width + " × " + height + ")");
        }
        if (!(dpi > 0) || Double.isInfinite(dpi)) {
            throw new IllegalArgumentException("dpi must be positive (got " + dpi + ")");
        }
        if (extent != null) {
            if (extent.isNull() || !(extent.getWidth() > 0) || !(extent.getHeight() > 0)) {
                throw new IllegalArgumentException("extent must be a non-empty rectangle (got " + extent + ")");
            }
            extent = new Envelope(extent);
        }
    }

    /** A spec without an explicit extent: the map shows {@code region}. */
    public ExportSpec(ExportFormat format, int width, int height, double dpi, View view, LocalDate date,
                      ProjectionKind projection, RegionPreset region, Palette palette, Locale locale,
                      String title, String subtitle) {
        this(format, width, height, dpi, view, date, projection, region, palette, locale, title, subtitle, null);
    }

    /** The explicit projected rectangle (a copy: envelopes are mutable), or null. */
    @Override
    public Envelope extent() {
        return extent == null ? null : new Envelope(extent);
    }

    /** A world figure in the default projection and palette, English, 1920 × 1080 at 96 dpi. */
    public static ExportSpec of(ExportFormat format, View view, LocalDate date) {
        return new ExportSpec(format, 1920, 1080, PaperSize.SCREEN_DPI, view, date, null, null, null, null, null, null);
    }

    public ExportSpec withFormat(ExportFormat f) {
        return new ExportSpec(f, width, height, dpi, view, date, projection, region, palette, locale, title,
                subtitle, extent);
    }

    public ExportSpec withSize(int w, int h, double resolution) {
        return new ExportSpec(format, w, h, resolution, view, date, projection, region, palette, locale, title,
                subtitle, extent);
    }

    public ExportSpec withPaper(PaperSize paper, double resolution) {
        return withSize(paper.widthPx(resolution), paper.heightPx(resolution), resolution);
    }

    public ExportSpec withView(View v) {
        return new ExportSpec(format, width, height, dpi, v, date, projection, region, palette, locale, title,
                subtitle, extent);
    }

    public ExportSpec withDate(LocalDate d) {
        return new ExportSpec(format, width, height, dpi, view, d, projection, region, palette, locale, title,
                subtitle, extent);
    }

    public ExportSpec withStyle(ProjectionKind p, RegionPreset r, Palette pal) {
        return new ExportSpec(format, width, height, dpi, view, date, p, r, pal, locale, title,
                subtitle, extent);
    }

    /** The same figure showing the projected rectangle {@code e} (null: back to the region preset). */
    public ExportSpec withExtent(Envelope e) {
        return new ExportSpec(format, width, height, dpi, view, date, projection, region, palette, locale, title,
                subtitle, e);
    }

    public ExportSpec withTexts(Locale l, String t, String s) {
        return new ExportSpec(format, width, height, dpi, view, date, projection, region, palette, l, t, s,
                extent);
    }

    /** Page width in PDF points (1/72 inch). */
    public double widthPoints() {
        return width * 72.0 / dpi;
    }

    /** Page height in PDF points (1/72 inch). */
    public double heightPoints() {
        return height * 72.0 / dpi;
    }
}
