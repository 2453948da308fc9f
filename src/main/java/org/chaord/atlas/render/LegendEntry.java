package org.chaord.atlas.render;

import org.chaord.atlas.model.StatusClass;

/** One legend line: class, its label in the scene's language, its colour and how many states are in it. */
public record LegendEntry(StatusClass statusClass, String label, int argb, int count) {
}
