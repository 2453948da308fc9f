/**
 * Compose once, paint anywhere: a {@link org.chaord.atlas.render.MapFrame} (what a figure shows) and a viewport
 * become a {@link org.chaord.atlas.render.MapScene} in {@link org.chaord.atlas.render.SceneComposer}, which every
 * target paints through {@link org.chaord.atlas.render.PaintSurface}. Also the projected world, the viewport, the
 * scene diff of a timeline step, hit-testing and the palettes. No toolkit.
 * <p>Threads: scenes, worlds and viewports are immutable; a {@code ProjectedWorld} is built on a background thread
 * (in parallel, on the common pool) and then shared with the FX thread and the exports.
 */
package org.chaord.atlas.render;
