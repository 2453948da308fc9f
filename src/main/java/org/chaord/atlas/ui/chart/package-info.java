/**
 * Parties over time on screen (issue 10 §2): {@link org.chaord.atlas.ui.chart.ChartModel} (shown, treaty, the
 * computed chart, the hover; tested without a stage, owned by the view-model), the pane below the map
 * ({@link org.chaord.atlas.ui.chart.ChartDock}, {@link org.chaord.atlas.ui.chart.ChartPane}) painting
 * {@link org.chaord.atlas.render.ChartPainter} on a canvas, and "Export chart…" through the {@code chart} command's
 * writer. FX thread only.
 */
package org.chaord.atlas.ui.chart;
