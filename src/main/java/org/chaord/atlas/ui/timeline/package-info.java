/**
 * The timeline: the bar (slider, change marks, date field, key moments) and
 * {@link org.chaord.atlas.ui.timeline.Playback} (playing, speed, loop, advance), which a
 * {@link org.chaord.atlas.ui.internal.Ticker} drives once per frame. FX thread only.
 */
package org.chaord.atlas.ui.timeline;
