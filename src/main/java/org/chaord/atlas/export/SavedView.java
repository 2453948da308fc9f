package org.chaord.atlas.export;

import org.chaord.atlas.geo.ProjectionKind;
import org.chaord.atlas.model.View;
import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.render.MapFrame;
import org.chaord.atlas.render.Palette;
import org.chaord.atlas.render.RegionPreset;
import org.locationtech.jts.geom.Envelope;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A saved view (File → Save view…, {@code export --view-file}): what the atlas shows, so that opening the file
 * restores it and exporting it draws the same figure. {@code since} makes it a change map from that day to
 * {@code date}; {@code extent} (a projected rectangle, in the view's projection) overrides {@code region};
 * {@code selection}, {@code highlightedGroup}, {@code title}, {@code subtitle} may be null; {@code datasets} are the
 * indicator files that were open. Stored as JSON by {@link SavedViewFile}.
 */
public record SavedView(View view, LocalDate date, LocalDate since, ProjectionKind projection, RegionPreset region,
                        Extent extent, Palette palette, Locale language, String selection, String highlightedGroup,
                        String title, String subtitle, List<Path> datasets) {

    /** A projected rectangle: the part of the map that was shown. */
    public record Extent(double minX, double minY, double maxX, double maxY) {

        public Extent {
            if (!(maxX > minX) || !(maxY > minY)) {
                throw new IllegalArgumentException("extent must be a non-empty rectangle (got " + minX + ", " + minY
                        + ", " + maxX + ", " + maxY + ")");
            }
        }

        public static Extent of(Envelope e) {
            return new Extent(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY());
        }

        public Envelope envelope() {
            return new Envelope(minX, maxX, minY, maxY);
        }
    }

    public SavedView {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(date, "date");
        projection = projection == null ? ProjectionKind.defaultKind() : projection;
        region = region == null ? RegionPreset.WORLD : region;
        palette = palette == null ? Palette.DEFAULT : palette;
        language = language == null ? Locale.ENGLISH : language;
        datasets = datasets == null ? List.of() : List.copyOf(datasets);
    }

    /** The figure this view exports to, at the given format and size. */
    public MapFigure figure(ExportFormat format, int width, int height, double dpi) {
        MapFrame frame = new MapFrame(view, date, palette, new Texts(language), title, subtitle);
        ExportSpec spec = new ExportSpec(format, width, height, dpi, frame, projection, region,
                extent == null ? null : extent.envelope());
        return new MapFigure(spec, since, selection, highlightedGroup);
    }
}
