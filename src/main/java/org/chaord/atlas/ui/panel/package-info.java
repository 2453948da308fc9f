/**
 * What sits beside and over the map: the side panel (the selected country's record), the legend, the presentation
 * overlay and the status line. The legend, overlay and status line show the composed scene's words and counts and
 * compute none of their own; the overlay follows the scene only while it is shown. FX thread only.
 */
package org.chaord.atlas.ui.panel;
