package org.chaord.atlas.render;

import org.chaord.atlas.export.BundledData;
import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.model.View;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The world map in a laptop window names the United States (the data's long name did not fit; issue 12 §4). */
class WorldLabelsTest {

    private static MapLabel us(int width, int height, Locale language) {
        ProjectedWorld world = BundledWorld.get();
        Viewport v = Viewport.fit(world.bounds(), 0, 0, width, height, 12);
        MapFrame frame = MapFrame.of(View.UNCC, LocalDate.of(2026, 11, 28)).withTexts(new Texts(language)).withLabels(true);
        return SceneComposer.compose(BundledData.get().atlas(), world, new SceneRequest(frame, v, Highlights.NONE), 1.0)
                .labels().stream().filter(l -> l.iso3().equals("USA")).findFirst().orElse(null);
    }

    @Test
    void theUnitedStatesIsNamedAtWorldScaleInEveryWindowSize() {
        for (int[] size : new int[][] {{760, 420}, {900, 500}, {1100, 640}}) {
            MapLabel label = us(size[0], size[1], Locale.ENGLISH);
            assertTrue(label != null, "no US label at " + size[0] + "x" + size[1]);
            assertEquals("United States", label.text(), "CLDR's common name on the map");
        }
    }

    @Test
    void aShorterNameIsOnlyEverAShorteningOfTheDatasName() {
        Texts english = new Texts(Locale.ENGLISH);
        assertEquals("Russia", english.mapName("RUS", "Russian Federation"));
        assertEquals("Türkiye", english.mapName("TUR", "Türkiye"), "the JDK's CLDR still says Turkey");
        assertEquals("Republic of Korea", english.mapName("KOR", "Republic of Korea"));
    }

    @Test
    void itsNameStaysInTheUiLanguage() {
        assertEquals(new Locale("", "US").getDisplayCountry(Locale.FRENCH), us(1100, 640, Locale.FRENCH).text());
    }
}
