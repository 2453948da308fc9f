package org.chaord.atlas.render;

import org.chaord.atlas.model.StatusClass;

import java.util.Set;

/**
 * What the screen marks on top of a frame: the selected country, the legend classes under the pointer and an
 * outlined group (each may be absent). Exported figures show none of them.
 */
public record Highlights(String selected, Set<StatusClass> classes, String group) {

    public static final Highlights NONE = new Highlights(null, Set.of(), null);

    public Highlights {
        classes = classes == null ? Set.of() : Set.copyOf(classes);
    }

    /** True when nothing but (perhaps) a selection is marked: the timeline may then repaint only what changed. */
    public boolean onlySelection() {
        return classes.isEmpty() && group == null;
    }
}
