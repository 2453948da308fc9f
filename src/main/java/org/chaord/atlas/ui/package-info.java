/**
 * The screen's state, shared by the rooms below: {@link org.chaord.atlas.ui.AtlasViewModel} (read-only properties,
 * commands, and the {@link org.chaord.atlas.render.MapScene} it derives once per frame) and its parts, each reached
 * through one accessor: {@link org.chaord.atlas.ui.Looks} (projection, palette, language, dark interface, labels),
 * {@link org.chaord.atlas.ui.TimelineDays} (moves along the timeline), {@link org.chaord.atlas.ui.MapWorlds} (1:50m
 * and 1:10m), {@link org.chaord.atlas.ui.MapExtent} (what part of the world the map shows),
 * {@link org.chaord.atlas.ui.MapMarks} (selection and outlines) and {@link org.chaord.atlas.ui.AtlasLoading} (load,
 * reload, reproject, add a dataset); {@link org.chaord.atlas.ui.DataService} (load and project) and the words about a
 * country. No controls here. The rooms: {@code app} (start-up, window, menus, keys), {@code map}, {@code timeline},
 * {@code panel}, {@code export}, and {@code internal} (threads and FX helpers).
 * <p>Threads: the view-model lives on the FX thread. Loading and reprojection run on the one background executor
 * ({@code ui.internal.Background}) and hand their results back through {@code Platform.runLater}; a result that has
 * been overtaken (the projection changed meanwhile) is dropped.
 */
package org.chaord.atlas.ui;
