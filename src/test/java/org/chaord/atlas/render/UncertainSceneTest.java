package org.chaord.atlas.render;

import org.chaord.atlas.export.BundledData;
import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.View;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Uncertain dates and the as-of date as every target shows them: the scene marks the uncertain countries and says how
 * many, and past the as-of date it says the map shows the as-of status; the figure painter prints both.
 */
class UncertainSceneTest {

    private final Atlas atlas = BundledData.get().atlas();
    private final ProjectedWorld world = BundledWorld.get();
    private final Viewport view = Viewport.fit(world.bounds(), 0, 92, 1888, 954, 4);

    private MapScene compose(View v, LocalDate day) {
        return SceneComposer.compose(atlas, world, new SceneRequest(MapFrame.of(v, day), view, Highlights.NONE), 1.0);
    }

    @Test
    void theSceneHatchesExactlyTheUncertainCountriesAndCountsThem() {
        LocalDate day = LocalDate.of(2024, 6, 20);
        Set<String> expected = atlas.history().uncertainOn(View.ETS189, day);
        assertFalse(expected.isEmpty(), "the bundled data have an undated ETS 189 event open on " + day);
        MapScene scene = compose(View.ETS189, day);
        assertEquals(expected, scene.uncertain());
        int counted = atlas.uncertainCountsOn(View.ETS189, day).values().stream().mapToInt(i -> i).sum();
        assertEquals(new Texts(Locale.ENGLISH).get("legend.uncertain", counted), scene.uncertainLine());
        assertTrue(scene.uncertainLine().startsWith(counted + " uncertain"), scene.uncertainLine());
    }

    @Test
    void aDayWithoutOpenIntervalsHasNoUncertainLine() {
        LocalDate day = LocalDate.of(2020, 1, 1); // years before the UN convention was adopted
        assertTrue(atlas.history().uncertainOn(View.UNCC, day).isEmpty());
        MapScene scene = compose(View.UNCC, day);
        assertEquals("", scene.uncertainLine());
        assertTrue(scene.uncertain().isEmpty());
    }

    @Test
    void pastTheAsOfDateTheSceneAndTheFigureSaySo() {
        LocalDate asOf = atlas.dataAsOf();
        assertEquals("", compose(View.UNCC, asOf).asOfLine(), "on the as-of date itself nothing is missing");
        MapScene later = compose(View.UNCC, asOf.plusDays(30));
        String expected = "Status as of " + new Texts(Locale.ENGLISH).date(asOf) + "; later events are not in the data";
        assertEquals(expected, later.asOfLine());
        MeasuringSurface figure = new MeasuringSurface();
        FigurePainter.paint(later, FigureLayout.of(1920, 1080), figure);
        assertTrue(figure.texts.stream().anyMatch(p -> p.text().equals(expected)), "the figure prints it");
    }

    @Test
    void theFigureLegendExplainsTheHatching() {
        MapScene scene = compose(View.ETS189, LocalDate.of(2024, 6, 20));
        MeasuringSurface figure = new MeasuringSurface();
        FigurePainter.paint(scene, FigureLayout.of(1920, 1080), figure);
        Set<String> texts = figure.texts.stream().map(MeasuringSurface.Placed::text).collect(Collectors.toSet());
        assertTrue(texts.contains(scene.uncertainLine()), texts.toString());
    }
}
