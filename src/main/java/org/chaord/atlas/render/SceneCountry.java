package org.chaord.atlas.render;

import org.chaord.atlas.model.StatusClass;

/** One country as the scene paints it: its class and fill, its shape, and whether it is drawn as a marker. */
public record SceneCountry(String iso3, StatusClass statusClass, int fill, ProjectedShape shape, boolean marker,
                           boolean highlighted) {
}
