/**
 * Saved views, recent files and printing (issue 10 §6): {@link org.chaord.atlas.ui.saved.SavedViews} captures what
 * the atlas shows into an {@link org.chaord.atlas.export.SavedView} and restores one, {@link
 * org.chaord.atlas.ui.saved.RecentFiles} lists the views and datasets opened last, {@link
 * org.chaord.atlas.ui.saved.PrintLayout} paints the figure for a printed page. Models here are tested without a stage.
 */
package org.chaord.atlas.ui.saved;
