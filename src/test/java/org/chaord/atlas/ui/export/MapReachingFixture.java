package org.chaord.atlas.ui.export;

import org.chaord.atlas.ui.map.MapCanvas;

/** Breaks two ui rules on purpose, for ArchitectureTest.rulesCatchViolations: it reaches the map and starts a thread. */
public final class MapReachingFixture {

    private MapReachingFixture() {
    }

    static double mapWidth(MapCanvas map) {
        return map.getWidth();
    }

    static void paintLater(Runnable work) {
        new Thread(work, "not-the-background-executor").start();
    }
}
