package org.chaord.atlas.ui.app;

import javafx.scene.Node;
import javafx.scene.Parent;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With the software renderer every cached node and every effect is a bitmap of its size in the Java heap, drawn
 * again whenever what it shows changes (ADR 0032): the window, with a country's record in the side panel, has none.
 */
class OffscreenBitmapsTest extends RunningAppTest {

    @Test
    void noNodeOfTheWindowIsDrawnThroughABitmapOfItsOwn() {
        robot.interact(() -> vm.select("FRA"));
        List<String> offscreen = new ArrayList<>();
        int[] seen = new int[1];
        robot.interact(() -> walk(app.window().getScene().getRoot(), offscreen, seen));
        assertTrue(seen[0] > 200, "the whole window was walked, side panel included: " + seen[0] + " nodes");
        assertEquals(List.of(), offscreen, "nodes cached as bitmaps or drawn through an effect");
    }

    private static void walk(Node node, List<String> offscreen, int[] seen) {
        seen[0]++;
        if (node.isCache() || node.getEffect() != null) {
            offscreen.add(node.getClass().getName() + node.getStyleClass() + (node.isCache() ? " cached" : " effect"));
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, offscreen, seen);
            }
        }
    }
}
