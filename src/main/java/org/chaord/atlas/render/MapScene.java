package org.chaord.atlas.render;

import java.util.List;

/**
 * A composed scene: what to paint, decided once and painted by {@link ScenePainter} onto any {@link PaintSurface}.
 * {@code pixelScale} scales line widths, markers and type (1 on screen; larger for big exports). {@code notes} are
 * lines a figure prints above its source line (e.g. how the European Union acted as an organisation).
 */
public record MapScene(SceneRequest request, ProjectedWorld world, List<SceneCountry> countries,
                       List<LegendEntry> legend, int level, double pixelScale, String title, String subtitle,
                       String dateLine, String sourceLine, String attribution, String trackerLine,
                       List<String> notes) {

    public MapScene {
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** A scene without figure notes. */
    public MapScene(SceneRequest request, ProjectedWorld world, List<SceneCountry> countries, List<LegendEntry> legend,
                    int level, double pixelScale, String title, String subtitle, String dateLine, String sourceLine,
                    String attribution, String trackerLine) {
        this(request, world, countries, legend, level, pixelScale, title, subtitle, dateLine, sourceLine, attribution,
                trackerLine, List.of());
    }

    public MapScene withNotes(List<String> lines) {
        return new MapScene(request, world, countries, legend, level, pixelScale, title, subtitle, dateLine, sourceLine,
                attribution, trackerLine, lines);
    }

    public Viewport viewport() {
        return request.viewport();
    }

    public Palette palette() {
        return request.palette();
    }
}
