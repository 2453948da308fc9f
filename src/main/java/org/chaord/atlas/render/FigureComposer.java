package org.chaord.atlas.render;

import org.chaord.atlas.model.Atlas;
import org.locationtech.jts.geom.Envelope;

/**
 * Composes an exported figure so that its legend hides no land: in open ocean when the map has a free corner or edge
 * for it ({@link LegendPlacer}); otherwise in a band beside or below the map, whichever keeps the map larger, with
 * the map fitted into what is left. The screen's presentation mode uses the same placer.
 */
public final class FigureComposer {

    private FigureComposer() {
    }

    /** @param measure measures the legend's words as the target will paint them */
    public static ComposedFigure compose(Atlas atlas, ProjectedWorld world, MapFrame frame, Envelope shown,
                                         double width, double height, PaintSurface measure) {
        FigureLayout layout = FigureLayout.of(width, height);
        double k = layout.k();
        MapScene scene = scene(atlas, world, frame, layout, shown);
        double[] box = FigurePainter.legendSize(scene, k, measure);
        boolean rtl = FigurePainter.isRightToLeft(scene);
        LegendSpot spot = LegendPlacer.place(world, scene.viewport(), box[0], box[1], 8 * k, rtl);
        if (!spot.coversLand()) {
            return new ComposedFigure(scene, layout.withLegend(spot));
        }
        double bandW = box[0] + 16 * k;
        int columns = Math.max(1, Math.min(scene.legend().size(),
                (int) ((layout.mapWidth() + 12 * k) / (box[0] - 12 * k + 12 * k + 12 * k))));
        double[] wide = FigurePainter.legendSize(scene, k, measure, columns);
        double bandH = wide[1] + 16 * k;
        double besideScale = Math.min((layout.mapWidth() - bandW) / shown.getWidth(), layout.mapHeight() / shown.getHeight());
        double belowScale = Math.min(layout.mapWidth() / shown.getWidth(), (layout.mapHeight() - bandH) / shown.getHeight());
        FigureLayout banded;
        LegendSpot inBand;
        if (besideScale >= belowScale) {
            banded = rtl ? layout.withBands(0, bandW, 0) : layout.withBands(bandW, 0, 0);
            double x = rtl ? layout.width() - 16 * k - bandW + 8 * k : 16 * k + 8 * k;
            inBand = new LegendSpot(x, banded.mapTop() + banded.mapHeight() - box[1] - 8 * k, box[0], box[1], false);
        } else {
            banded = layout.withBands(0, 0, bandH);
            double x2 = rtl ? layout.width() - 16 * k - 8 * k - wide[0] : 16 * k + 8 * k;
            inBand = new LegendSpot(x2, banded.mapTop() + banded.mapHeight() + 8 * k, wide[0], wide[1], false, columns);
        }
        return new ComposedFigure(scene(atlas, world, frame, banded, shown), banded.withLegend(inBand));
    }

    private static MapScene scene(Atlas atlas, ProjectedWorld world, MapFrame frame, FigureLayout layout, Envelope shown) {
        SceneRequest request = new SceneRequest(frame, layout.mapViewport(shown), Highlights.NONE);
        return SceneComposer.compose(atlas, world, request, layout.k());
    }
}
