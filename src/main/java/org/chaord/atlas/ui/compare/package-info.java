/**
 * Compare mode's state (issue 10 §1, ADR 0022): {@link org.chaord.atlas.ui.compare.CompareModel} (on/off, the From
 * day, the changes to the timeline's day, the countries a drag of To moved) and
 * {@link org.chaord.atlas.ui.compare.ChangeList} (the "All changes" list, Copy and Export CSV…). No controls here; the
 * views live in the rooms (timeline, panel). This package sits below {@code AtlasViewModel}, which holds the model:
 * it uses no room and not the root {@code ui} package (ArchitectureTest), so it is tested without a stage.
 */
package org.chaord.atlas.ui.compare;
