package org.chaord.atlas.ui.app;

import javafx.geometry.NodeOrientation;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import org.chaord.atlas.i18n.Languages;
import org.chaord.atlas.render.LegendPlacer;
import org.chaord.atlas.render.LegendSpot;
import org.chaord.atlas.render.MapScene;
import org.chaord.atlas.render.Viewport;
import org.chaord.atlas.ui.AtlasViewModel;
import org.chaord.atlas.ui.internal.Subscriptions;

/**
 * Keeps the legend over open ocean ({@link LegendPlacer}): it stays where it is while that spot shows no land, and
 * moves when the map's extent, size or the legend's size put land under it. When the map shows land everywhere
 * (zoomed in), it goes back to the bottom corner on the reading-start side. A layer of its own over the map: the
 * legend's position never asks the map for room.
 */
final class LegendDock extends Pane {

    private static final double MARGIN = 12;
    private final AtlasViewModel vm;
    private final Region legend;
    private LegendSpot spot;

    LegendDock(AtlasViewModel vm, Region legend, Subscriptions listening) {
        this.vm = vm;
        this.legend = legend;
        setId("legend-dock");
        setPickOnBounds(false); // clicks between the legend and the edges reach the map
        setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT); // positions are map pixels, as the placer measures them
        legend.setNodeOrientation(Languages.isRightToLeft(vm.texts().locale())
                ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        getChildren().add(legend);
        listening.onInvalid(vm.sceneProperty(), this::requestLayout);
    }

    @Override
    protected void layoutChildren() {
        legend.autosize();
        MapScene scene = vm.scene();
        double w = legend.getWidth();
        double h = legend.getHeight();
        if (scene == null || w <= 0 || !scene.viewport().equals(onThisPane(scene.viewport()))) {
            legend.relocate(MARGIN, Math.max(0, getHeight() - h - MARGIN));
            return;
        }
        boolean rtl = Languages.isRightToLeft(vm.texts().locale());
        Viewport plain = vm.extent().plainFit();
        if (plain != null) { // a fitted map: open sea for the legend, or room made beside or below the map
            dockFitted(scene, plain, w, h, rtl);
            return;
        }
        Viewport v = scene.viewport();
        boolean stillFree = spot != null && spot.width() == w && spot.height() == h
                && spot.x() + w <= v.width() && spot.y() + h <= v.height()
                && !LegendPlacer.coversLand(scene.world(), v, spot.x() - MARGIN / 2, spot.y() - MARGIN / 2,
                w + MARGIN, h + MARGIN);
        if (!stillFree) {
            spot = LegendPlacer.place(scene.world(), v, w, h, MARGIN, rtl);
        }
        legend.relocate(spot.x(), spot.y());
    }

    private void dockFitted(MapScene scene, Viewport plain, double w, double h, boolean rtl) {
        LegendSpot free = LegendPlacer.place(scene.world(), plain, w, h, MARGIN, rtl);
        if (!free.coversLand()) {
            vm.extent().reserve(0, 0, 0);
            spot = free;
        } else {
            double band = w + 2 * MARGIN;
            double beside = vm.extent().scaleWith(rtl ? 0 : band, rtl ? band : 0, 0);
            double below = vm.extent().scaleWith(0, 0, h + 2 * MARGIN);
            if (beside >= below) {
                vm.extent().reserve(rtl ? 0 : band, rtl ? band : 0, 0);
            } else {
                vm.extent().reserve(0, 0, h + 2 * MARGIN);
            }
            double x = rtl ? getWidth() - w - MARGIN : MARGIN;
            spot = new LegendSpot(x, getHeight() - h - MARGIN, w, h, false);
        }
        legend.relocate(spot.x(), spot.y());
    }

    /** The scene's viewport when it was composed for a map of this pane's size (else a different one). */
    private Viewport onThisPane(Viewport v) {
        return Math.abs(v.width() - getWidth()) < 1 && Math.abs(v.height() - getHeight()) < 1 ? v : null;
    }

    /** Where the legend is, in map pixels (tests). */
    LegendSpot spot() {
        return spot;
    }
}
