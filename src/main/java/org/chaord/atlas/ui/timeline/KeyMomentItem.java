package org.chaord.atlas.ui.timeline;

import java.time.LocalDate;

/** One line of the ☆ menu: what happened and the day the timeline jumps to. */
record KeyMomentItem(String label, LocalDate day) {
}
