package org.chaord.atlas.render;

import org.chaord.atlas.model.StatusClass;
import org.chaord.atlas.model.View;

import java.time.LocalDate;
import java.util.Set;

/**
 * Everything a scene depends on besides the data: view, date, palette, viewport, selection, highlights, language and
 * the figure's title and subtitle (null: the default title, the view's name).
 */
public record SceneRequest(View view, LocalDate date, Palette palette, Viewport viewport, String selected,
                           Set<StatusClass> highlightedClasses, String highlightedGroup, Texts texts,
                           String title, String subtitle) {

    public SceneRequest {
        highlightedClasses = highlightedClasses == null ? Set.of() : Set.copyOf(highlightedClasses);
    }

    /** True when the two differ at most in their date: then only the countries whose class changed need painting. */
    public boolean sameExceptDate(SceneRequest other) {
        return other != null && view.equals(other.view) && palette == other.palette && viewport.equals(other.viewport)
                && java.util.Objects.equals(selected, other.selected) && highlightedClasses.equals(other.highlightedClasses)
                && java.util.Objects.equals(highlightedGroup, other.highlightedGroup) && texts == other.texts
                && java.util.Objects.equals(title, other.title) && java.util.Objects.equals(subtitle, other.subtitle);
    }
}
