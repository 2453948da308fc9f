package org.chaord.atlas.render;

import org.chaord.atlas.export.BundledData;
import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.View;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Names on the map: inside their country, never on top of each other, more of them as the map zooms in. */
class LabelPlacerTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 28);
    private final Atlas atlas = BundledData.get().atlas();
    private final ProjectedWorld world = BundledWorld.get();
    private final Viewport worldView = Viewport.fit(world.bounds(), 0, 0, 1400, 760, 12);
    private final Viewport europe = Viewport.fit(RegionPreset.EUROPE.projected(world.projection()), 0, 0, 1400, 760, 12);

    private List<MapLabel> labels(Viewport v, String selected, Locale language) {
        MapFrame frame = MapFrame.of(View.UNCC, DAY).withTexts(new Texts(language)).withLabels(true);
        return SceneComposer.compose(atlas, world, new SceneRequest(frame, v, new Highlights(selected, Set.of(), null)),
                1.0).labels();
    }

    @Test
    void noLabelsUnlessTheFrameAsksForThem() {
        MapScene scene = SceneComposer.compose(atlas, world,
                new SceneRequest(MapFrame.of(View.UNCC, DAY), worldView, Highlights.NONE), 1.0);
        assertTrue(scene.labels().isEmpty());
    }

    @Test
    void namesNeverOverlapAndStayOnTheMap() {
        for (Viewport v : List.of(worldView, europe)) {
            List<MapLabel> placed = labels(v, null, Locale.ENGLISH);
            assertFalse(placed.isEmpty());
            for (int i = 0; i < placed.size(); i++) {
                MapLabel a = placed.get(i);
                assertTrue(a.box().inside(v.left(), v.top(), v.left() + v.width(), v.top() + v.height()), a.text());
                for (int j = i + 1; j < placed.size(); j++) {
                    assertFalse(a.box().overlaps(placed.get(j).box()), a.text() + " on " + placed.get(j).text());
                }
            }
        }
    }

    @Test
    void eachNameSitsInsideItsCountry() {
        for (MapLabel l : labels(europe, null, Locale.ENGLISH)) {
            ProjectedShape shape = world.shape(l.iso3());
            LabelBox b = l.box();
            for (double[] corner : new double[][] {{b.x(), b.y()}, {b.x() + b.width(), b.y() + b.height()}}) {
                assertTrue(shape.contains(europe.worldX(corner[0]), europe.worldY(corner[1])), l.text());
            }
        }
    }

    @Test
    void fewerNamesAtWorldScaleTheLargestFirstMoreWhenZoomed() {
        Set<String> atWorld = labels(worldView, null, Locale.ENGLISH).stream().map(MapLabel::iso3).collect(Collectors.toSet());
        Set<String> inEurope = labels(europe, null, Locale.ENGLISH).stream().map(MapLabel::iso3).collect(Collectors.toSet());
        assertTrue(atWorld.containsAll(Set.of("RUS", "CAN", "USA", "BRA", "CHN", "AUS")), atWorld.toString());
        assertFalse(atWorld.contains("BEL"), "Belgium has no room at world scale");
        assertTrue(inEurope.containsAll(Set.of("FRA", "ESP", "DEU", "POL", "ITA")), inEurope.toString());
        long europeanAtWorld = atWorld.stream().filter(iso3 -> europe.visibleWorld().contains(world.shape(iso3).labelPoint())).count();
        assertTrue(inEurope.size() > europeanAtWorld, inEurope.size() + " vs " + europeanAtWorld);
    }

    @Test
    void theSelectedCountryIsAlwaysNamedASmallOneWithALeaderLine() {
        List<MapLabel> placed = labels(worldView, "LUX", Locale.ENGLISH);
        MapLabel lux = placed.stream().filter(l -> l.iso3().equals("LUX")).findFirst().orElseThrow();
        assertTrue(lux.leader() && lux.selected());
        assertEquals("Luxembourg", lux.text());
        for (MapLabel other : placed) {
            assertTrue(other == lux || !other.box().overlaps(lux.box()), other.text());
        }
    }

    @Test
    void namesAreInTheFiguresLanguage() {
        Locale arabic = Locale.forLanguageTag("ar");
        Locale chinese = Locale.forLanguageTag("zh");
        MapLabel fr = labels(europe, "FRA", arabic).stream().filter(l -> l.iso3().equals("FRA")).findFirst().orElseThrow();
        assertEquals(new Locale("", "FR").getDisplayCountry(arabic), fr.text());
        MapLabel cn = labels(worldView, "CHN", chinese).stream().filter(l -> l.iso3().equals("CHN")).findFirst().orElseThrow();
        assertEquals("中国", cn.text());
    }
}
