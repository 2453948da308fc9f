package org.chaord.atlas.render;

import java.util.List;
import java.util.Set;

/**
 * A composed scene: what to paint, decided once and painted by {@link ScenePainter} onto any {@link PaintSurface}.
 * {@code pixelScale} scales line widths, markers and type (1 on screen; larger for big exports). {@code uncertain}
 * are the countries drawn hatched (an undated event may or may not have happened yet), {@code uncertainLine} the
 * legend's line for them ("" when none); {@code asOfLine} says the day is past the data's as-of date ("" when not).
 * {@code labels} are the country names placed on the map (empty when the frame asks for none).
 */
public record MapScene(SceneRequest request, ProjectedWorld world, List<SceneCountry> countries,
                       List<LegendEntry> legend, int level, double pixelScale, String title, String subtitle,
                       String dateLine, String sourceLine, String attribution, String trackerLine,
                       Set<String> uncertain, String uncertainLine, String asOfLine, List<MapLabel> labels) {

    public MapScene {
        uncertain = Set.copyOf(uncertain);
        labels = List.copyOf(labels);
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
