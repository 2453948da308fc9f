/**
 * The map on screen: {@link org.chaord.atlas.ui.map.MapCanvas} paints the view-model's scene (only the changed
 * countries after a timeline step), {@link org.chaord.atlas.ui.map.FxPaintSurface} is the painter contract over a
 * JavaFX canvas, and gestures are small tools that turn events into {@link org.chaord.atlas.ui.MapExtent} and
 * selection commands. FX thread only.
 */
package org.chaord.atlas.ui.map;
