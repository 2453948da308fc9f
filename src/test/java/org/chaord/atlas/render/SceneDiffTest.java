package org.chaord.atlas.render;

import org.chaord.atlas.export.BundledData;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.View;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Only a step forward lights its changes up; a loop wrapping back to 2001 lights up nobody. */
class SceneDiffTest {

    private final Atlas atlas = BundledData.get().atlas();
    private final ProjectedWorld world = BundledWorld.get();
    private final Viewport v = Viewport.fit(world.bounds(), 0, 0, 1200, 640, 12);

    private MapScene on(LocalDate day) {
        return SceneComposer.compose(atlas, world, new SceneRequest(MapFrame.of(View.ETS185, day), v, Highlights.NONE), 1);
    }

    @Test
    void aWrapFromTodayToTheFirstDayRepaintsWithoutLightingUp() {
        SceneDiff wrap = SceneDiff.between(on(LocalDate.of(2026, 11, 28)), on(LocalDate.of(2001, 11, 23)));
        assertTrue(wrap.incremental() && wrap.changed().size() > 50, "everyone who joined since is repainted");
        assertFalse(wrap.flash());
    }

    @Test
    void aStepForwardLightsUpWhatChanged() {
        LocalDate day = atlas.history().changeDays(View.ETS185).higher(LocalDate.of(2010, 1, 1));
        SceneDiff step = SceneDiff.between(on(day.minusDays(1)), on(day));
        assertFalse(step.changed().isEmpty());
        assertTrue(step.flash());
        assertFalse(SceneDiff.between(on(day), on(day.minusDays(1))).flash(), "a step back does not");
    }
}
