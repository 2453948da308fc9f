package org.chaord.atlas.export;

import org.chaord.atlas.render.FigureLayout;
import org.chaord.atlas.render.MapScene;

/** A written export: the file, its size in bytes, and the scene and layout that were painted into it. */
public record ExportResult(java.nio.file.Path file, long bytes, MapScene scene, FigureLayout layout) {
}
