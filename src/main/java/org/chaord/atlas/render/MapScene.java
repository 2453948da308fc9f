package org.chaord.atlas.render;

import java.util.List;

/**
 * A composed scene: what to paint, decided once and painted by {@link ScenePainter} onto any {@link PaintSurface}.
 * {@code pixelScale} scales line widths, markers and type (1 on screen; larger for big exports). {@code labels} are
 * the country names placed on the map (empty when the frame asks for none).
 */
public record MapScene(SceneRequest request, ProjectedWorld world, List<SceneCountry> countries,
                       List<LegendEntry> legend, int level, double pixelScale, String title, String subtitle,
                       String dateLine, String sourceLine, String attribution, String trackerLine,
                       List<MapLabel> labels) {

    public Viewport viewport() {
        return request.viewport();
    }

    public Palette palette() {
        return request.palette();
    }
}
