package org.chaord.atlas.render;

import java.util.List;
import java.util.Set;

/**
 * A composed scene: what to paint, decided once and painted by {@link ScenePainter} onto any {@link PaintSurface}.
 * {@code pixelScale} scales line widths, markers and type (1 on screen; larger for big exports). {@code uncertain}
 * are the countries drawn hatched (an undated event may or may not have happened yet), {@code uncertainLine} the
 * legend's line for them ("" when none); {@code asOfLine} says the day is past the data's as-of date ("" when not).
 * {@code labels} are the country names placed on the map (empty when the frame asks for none). {@code notes} are
 * lines a figure prints under the legend's classes (e.g. how the European Union acted as an organisation).
 */
public record MapScene(SceneRequest request, ProjectedWorld world, List<SceneCountry> countries,
                       List<LegendEntry> legend, int level, double pixelScale, String title, String subtitle,
                       String dateLine, String sourceLine, String attribution, String trackerLine,
                       Set<String> uncertain, String uncertainLine, String asOfLine, List<MapLabel> labels,
                       List<String> notes) {

    public MapScene {
        uncertain = Set.copyOf(uncertain);
        labels = List.copyOf(labels);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public MapScene withNotes(List<String> lines) {
        return new MapScene(request, world, countries, legend, level, pixelScale, title, subtitle, dateLine, sourceLine,
                attribution, trackerLine, uncertain, uncertainLine, asOfLine, labels, lines);
    }

    /** The same scene drawn at another level of detail (the screen's finer choice, {@link ProjectedWorld#screenLevelFor}). */
    public MapScene withLevel(int other) {
        return new MapScene(request, world, countries, legend, other, pixelScale, title, subtitle, dateLine, sourceLine,
                attribution, trackerLine, uncertain, uncertainLine, asOfLine, labels, notes);
    }

    public boolean isUncertain(String iso3) {
        return uncertain.contains(iso3);
    }

    public Viewport viewport() {
        return request.viewport();
    }

    public Palette palette() {
        return request.palette();
    }
}
