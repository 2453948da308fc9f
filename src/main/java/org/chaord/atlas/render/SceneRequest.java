package org.chaord.atlas.render;

import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.model.StatusClass;
import org.chaord.atlas.model.View;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/** Everything a scene depends on besides the data: the frame, the viewport it is painted through, the highlights. */
public record SceneRequest(MapFrame frame, Viewport viewport, Highlights highlights) {

    public SceneRequest {
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(viewport, "viewport");
        highlights = highlights == null ? Highlights.NONE : highlights;
    }

    public View view() {
        return frame.view();
    }

    public LocalDate date() {
        return frame.date();
    }

    public Palette palette() {
        return frame.palette();
    }

    public Texts texts() {
        return frame.texts();
    }

    public String selected() {
        return highlights.selected();
    }

    public Set<StatusClass> highlightedClasses() {
        return highlights.classes();
    }

    public String highlightedGroup() {
        return highlights.group();
    }

    /** True when the two differ at most in their date: then only the countries whose class changed need painting. */
    public boolean sameExceptDate(SceneRequest other) {
        return other != null && frame.sameExceptDate(other.frame) && viewport.equals(other.viewport)
                && highlights.equals(other.highlights);
    }
}
