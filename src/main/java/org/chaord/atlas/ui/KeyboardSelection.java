package org.chaord.atlas.ui;

import org.chaord.atlas.render.Direction;
import org.chaord.atlas.render.NeighbourFinder;
import org.chaord.atlas.render.ProjectedWorld;
import org.chaord.atlas.render.Viewport;

/** Where the arrow keys on the map move the selection: to the neighbour in a direction, or into the map at first. */
final class KeyboardSelection {

    private KeyboardSelection() {
    }

    /**
     * Moves the selection to the neighbouring country in a direction; with nothing (or a country not on this map)
     * selected, selects the country under the middle of the map, else the largest one in sight.
     */
    static void move(MapMarks marks, ProjectedWorld w, Viewport v, Direction d) {
        if (w == null || v == null) {
            return;
        }
        String selected = marks.selected();
        if (selected == null || w.shape(selected) == null) {
            var middle = w.shapeAt(v.centerX(), v.centerY());
            marks.select(middle != null ? middle.iso3() : w.largestFirst().stream()
                    .filter(s -> v.visibleWorld().intersects(s.envelope())).map(s -> s.iso3()).findFirst().orElse(null));
            return;
        }
        String next = NeighbourFinder.next(w, selected, d);
        if (next != null) {
            marks.select(next);
        }
    }
}
