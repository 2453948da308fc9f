package org.chaord.atlas.render;

/**
 * A country that may get its name on the map: the name in the figure's language and a weight (1 for states, less
 * for territories) that scales its area into its priority.
 */
public record LabelCandidate(ProjectedShape shape, String name, double weight) {
}
