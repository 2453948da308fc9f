package org.chaord.atlas.render;

import org.chaord.atlas.export.BundledData;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.View;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

import java.time.LocalDate;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An exported figure's legend hides no land, whatever the region, the page's shape or the reading direction. */
class FigureComposerTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 28);
    private final Atlas atlas = BundledData.get().atlas();
    private final ProjectedWorld world = BundledWorld.get();
    /** 16:9, 4:3, A4 landscape and A4 portrait (at 150 dpi). */
    private static final double[][] PAGES = {{1920, 1080}, {1600, 1200}, {1754, 1240}, {1240, 1754}};

    @Test
    void theLegendCoversNoLandOnAnyPageOfAnyRegion() {
        for (RegionPreset region : RegionPreset.values()) {
            for (double[] page : PAGES) {
                for (Locale language : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("ar")}) {
                    MapFrame frame = MapFrame.of(View.ETS185, DAY).withTexts(new org.chaord.atlas.i18n.Texts(language));
                    Envelope shown = region.projected(world.projection());
                    ComposedFigure f = FigureComposer.compose(atlas, world, frame, shown, page[0], page[1],
                            new MeasuringSurface());
                    LegendSpot legend = f.layout().legend();
                    String where = region + " " + (int) page[0] + "x" + (int) page[1] + " " + language;
                    assertFalse(LegendPlacer.coversLand(world, f.scene().viewport(), legend.x(), legend.y(),
                            legend.width(), legend.height()), where);
                    assertTrue(legend.x() >= 0 && legend.y() >= f.layout().headerHeight()
                            && legend.x() + legend.width() <= page[0]
                            && legend.y() + legend.height() <= page[1] - f.layout().footerHeight(), where);
                }
            }
        }
    }

    @Test
    void aWorldFigureKeepsMostOfItsMapWhenTheLegendMovesBelowIt() {
        Envelope shown = RegionPreset.WORLD.projected(world.projection());
        FigureLayout plain = FigureLayout.of(1920, 1080);
        ComposedFigure f = FigureComposer.compose(atlas, world, MapFrame.of(View.ETS185, DAY), shown, 1920, 1080,
                new MeasuringSurface());
        double before = plain.mapViewport(shown).scale();
        assertTrue(f.scene().viewport().scale() > 0.85 * before, f.scene().viewport().scale() + " vs " + before);
    }
}
