package org.chaord.atlas.render;

import org.chaord.atlas.export.BundledData;
import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.CountryKind;
import org.chaord.atlas.model.StatusClass;
import org.chaord.atlas.model.View;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the composer decides for every target: fills, markers, highlights, legend and the figure's words. */
class SceneComposerTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 28);
    private final Atlas atlas = BundledData.get().atlas();
    private final ProjectedWorld world = BundledWorld.get();
    private final Viewport worldView = Viewport.fit(world.bounds(), 0, 0, 1200, 640, 12);

    private MapScene compose(MapFrame frame, Highlights marks) {
        return SceneComposer.compose(atlas, world, new SceneRequest(frame, worldView, marks), 1.0);
    }

    @Test
    void eachCountryIsFilledWithItsClassColourOfTheDay() {
        for (View view : atlas.views()) {
            MapScene scene = compose(MapFrame.of(view, DAY), Highlights.NONE);
            Map<String, StatusClass> classes = atlas.classesOn(view, DAY);
            assertEquals(world.shapes().size(), scene.countries().size());
            for (SceneCountry c : scene.countries()) {
                StatusClass expected = atlas.countries().containsKey(c.iso3()) ? classes.get(c.iso3())
                        : StatusClass.NOT_IN_OWN_RIGHT;
                assertEquals(expected, c.statusClass(), view + " " + c.iso3());
                assertEquals(Palette.DEFAULT.fill(expected), c.fill(), view + " " + c.iso3());
            }
        }
    }

    @Test
    void theLegendCountsTheClassesInTheFramesLanguage() {
        Texts french = new Texts(Locale.FRENCH);
        MapScene scene = compose(MapFrame.of(View.ETS185, DAY).withTexts(french), Highlights.NONE);
        Map<StatusClass, Integer> counts = atlas.countsOn(View.ETS185, DAY);
        assertEquals(atlas.classes(View.ETS185).size() + 1, scene.legend().size());
        for (int i = 0; i < atlas.classes(View.ETS185).size(); i++) {
            LegendEntry e = scene.legend().get(i);
            assertEquals(atlas.classes(View.ETS185).get(i), e.statusClass());
            assertEquals(counts.getOrDefault(e.statusClass(), 0), e.count());
            assertEquals(french.className(View.ETS185, e.statusClass()), e.label());
        }
        LegendEntry last = scene.legend().get(scene.legend().size() - 1);
        assertEquals(StatusClass.NOT_IN_OWN_RIGHT, last.statusClass());
        assertEquals(-1, last.count(), "territories are shown, not counted");
        assertEquals(french.viewName(View.ETS185), scene.title());
        assertEquals("", scene.trackerLine(), "the entry-into-force tracker is the UN Convention's");
    }

    @Test
    void aTitleAndSubtitleGivenReplaceTheViewsName() {
        MapScene scene = compose(MapFrame.of(View.UNCC, DAY).withTitles("Who signed at Hanoi", "as of today"),
                Highlights.NONE);
        assertEquals("Who signed at Hanoi", scene.title());
        assertEquals("as of today", scene.subtitle());
        assertFalse(scene.trackerLine().isEmpty(), "the UN Convention's legend tracks its 40 instruments");
    }

    @Test
    void tinyStatesAreMarkersButTerritoriesAndLargeStatesAreNot() {
        MapScene scene = compose(MapFrame.of(View.UNCC, DAY), Highlights.NONE);
        for (SceneCountry c : scene.countries()) {
            var country = atlas.countries().get(c.iso3());
            if (c.marker()) {
                assertTrue(country != null && country.kind() == CountryKind.STATE, c.iso3() + " acts in its own right");
            }
        }
        assertTrue(marker(scene, "SMR"), "San Marino");
        assertTrue(marker(scene, "TUV"), "Tuvalu");
        assertFalse(marker(scene, "FRA"), "France");
        // zoomed in far enough, San Marino is a shape like any other
        Viewport close = worldView.zoomedAt(60, worldView.screenX(world.shape("SMR").labelPoint().x),
                worldView.screenY(world.shape("SMR").labelPoint().y));
        MapScene zoomed = SceneComposer.compose(atlas, world,
                new SceneRequest(MapFrame.of(View.UNCC, DAY), close, Highlights.NONE), 1.0);
        assertFalse(marker(zoomed, "SMR"));
    }

    private static boolean marker(MapScene scene, String iso3) {
        return scene.countries().stream().anyMatch(c -> c.iso3().equals(iso3) && c.marker());
    }

    @Test
    void highlightingAClassOutlinesExactlyItsCountriesAndASelectionOutlinesNone() {
        MapScene scene = compose(MapFrame.of(View.UNCC, DAY), new Highlights("BRA", Set.of(StatusClass.SIGNED), null));
        for (SceneCountry c : scene.countries()) {
            assertEquals(c.statusClass() == StatusClass.SIGNED, c.highlighted(), c.iso3());
        }
        MapScene selectedOnly = compose(MapFrame.of(View.UNCC, DAY), new Highlights("BRA", Set.of(), null));
        assertTrue(selectedOnly.countries().stream().noneMatch(SceneCountry::highlighted));
        assertEquals("BRA", selectedOnly.request().selected());
    }

    @Test
    void anotherPaletteChangesTheFillsNotTheClasses() {
        MapScene normal = compose(MapFrame.of(View.COMPARISON, DAY), Highlights.NONE);
        MapScene grey = compose(MapFrame.of(View.COMPARISON, DAY).withPalette(Palette.GREYSCALE), Highlights.NONE);
        for (int i = 0; i < normal.countries().size(); i++) {
            assertEquals(normal.countries().get(i).statusClass(), grey.countries().get(i).statusClass());
            assertEquals(Palette.GREYSCALE.fill(grey.countries().get(i).statusClass()), grey.countries().get(i).fill());
        }
        assertNotEquals(normal.legend().get(0).argb(), grey.legend().get(0).argb());
    }
}
