package org.chaord.atlas.export;

import org.chaord.atlas.geo.ProjectionKind;
import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.model.View;
import org.chaord.atlas.render.MapFrame;
import org.chaord.atlas.render.Palette;
import org.chaord.atlas.render.RegionPreset;
import org.locationtech.jts.geom.Envelope;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * What to export: the {@link MapFrame} the figure shows, plus the file's format, its size in pixels and the
 * resolution they are meant for (PNG pHYs, PDF page size), the projection, and which part of the map: a region
 * preset, or an explicit projected rectangle ({@code extent}, e.g. the map window's visible part) that overrides it.
 * Start from {@link #of} and change it with the {@code with…} methods.
 */
public record ExportSpec(ExportFormat format, int width, int height, double dpi, MapFrame frame,
                         ProjectionKind projection, RegionPreset region, Envelope extent) {

    public ExportSpec {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(projection, "projection");
        Objects.requireNonNull(region, "region");
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

    /** A world figure of {@code frame} in the default projection, 1920 × 1080 at 96 dpi. */
    public static ExportSpec of(ExportFormat format, MapFrame frame) {
        return new ExportSpec(format, 1920, 1080, PaperSize.SCREEN_DPI, frame, ProjectionKind.defaultKind(),
                RegionPreset.WORLD, null);
    }

    /** A world figure in the default projection and palette, English, 1920 × 1080 at 96 dpi. */
    public static ExportSpec of(ExportFormat format, View view, LocalDate date) {
        return of(format, MapFrame.of(view, date));
    }

    /** The explicit projected rectangle (a copy: envelopes are mutable), or null when the region is shown. */
    @Override
    public Envelope extent() {
        return extent == null ? null : new Envelope(extent);
    }

    public View view() {
        return frame.view();
    }

    public LocalDate date() {
        return frame.date();
    }

    public Palette palette() {
        return frame.palette();
    }

    public Locale locale() {
        return frame.texts().locale();
    }

    /** The title as given; empty: the figure shows the view's name. */
    public String title() {
        return frame.title();
    }

    /** The subtitle as given; empty: none. */
    public String subtitle() {
        return frame.subtitle();
    }

    public ExportSpec withFormat(ExportFormat f) {
        return new ExportSpec(f, width, height, dpi, frame, projection, region, extent);
    }

    public ExportSpec withSize(int w, int h, double resolution) {
        return new ExportSpec(format, w, h, resolution, frame, projection, region, extent);
    }

    public ExportSpec withPaper(PaperSize paper, double resolution) {
        return withSize(paper.widthPx(resolution), paper.heightPx(resolution), resolution);
    }

    public ExportSpec withFrame(MapFrame f) {
        return new ExportSpec(format, width, height, dpi, f, projection, region, extent);
    }

    public ExportSpec withView(View v) {
        return withFrame(frame.withView(v));
    }

    public ExportSpec withDate(LocalDate d) {
        return withFrame(frame.withDate(d));
    }

    public ExportSpec withPalette(Palette p) {
        return withFrame(frame.withPalette(p));
    }

    public ExportSpec withLocale(Locale l) {
        return withFrame(frame.withTexts(new Texts(l)));
    }

    /** Title and subtitle (empty title: the view's name; empty subtitle: none). */
    public ExportSpec withTitles(String title, String subtitle) {
        return withFrame(frame.withTitles(title, subtitle));
    }

    public ExportSpec withProjection(ProjectionKind p) {
        return new ExportSpec(format, width, height, dpi, frame, p, region, extent);
    }

    /** The same figure showing a region preset (any explicit extent is dropped). */
    public ExportSpec withRegion(RegionPreset r) {
        return new ExportSpec(format, width, height, dpi, frame, projection, r, null);
    }

    /** The same figure showing the projected rectangle {@code e} (null: back to the region preset). */
    public ExportSpec withExtent(Envelope e) {
        return new ExportSpec(format, width, height, dpi, frame, projection, region, e);
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
