package org.chaord.atlas.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A figure in words, for readers who cannot see it and for catalogues: SVG {@code <title>} and {@code <desc>}, PNG
 * text chunks. The description names the view and day, the count of each legend class and the source, in the
 * figure's language.
 */
public final class FigureText {

    private FigureText() {
    }

    public static String title(MapScene scene) {
        return scene.title();
    }

    /** "Budapest Convention (ETS 185). Status on 1 December 2026. Party (in force): 81; Signed: 2; …. Data: …" */
    public static String description(MapScene scene) {
        List<String> counts = new ArrayList<>();
        for (LegendEntry e : scene.legend()) {
            if (e.count() >= 0) {
                counts.add(e.label() + ": " + e.count());
            }
        }
        StringBuilder text = new StringBuilder(scene.title()).append(". ").append(scene.dateLine()).append(". ")
                .append(String.join("; ", counts)).append('.');
        if (!scene.trackerLine().isBlank()) {
            text.append(' ').append(scene.trackerLine()).append('.');
        }
        return text.append(' ').append(scene.sourceLine()).toString();
    }
}
