package org.chaord.atlas.render;

/** A figure ready to paint: its scene and the page layout it was composed for (legend placed). */
public record ComposedFigure(MapScene scene, FigureLayout layout) {
}
