package org.chaord.atlas.ui.app;

import javafx.geometry.NodeOrientation;
import javafx.scene.layout.Background;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.chaord.atlas.i18n.Languages;
import org.chaord.atlas.render.LegendPlacer;
import org.chaord.atlas.render.LegendSpot;
import org.chaord.atlas.render.MapScene;
import org.chaord.atlas.render.ProjectedWorld;
import org.chaord.atlas.render.Viewport;
import org.chaord.atlas.ui.AtlasViewModel;
import org.chaord.atlas.ui.internal.Subscriptions;

/**
 * The map area: the map and its legend, which never covers land. The legend floats over open ocean when the map as
 * it would fill the whole area has a spot with no land ({@link LegendPlacer}); a map panned or zoomed by hand keeps
 * the legend where it is while that spot stays free. When no spot is free (a region or a hand-made view with land in
 * every corner), the map shrinks and the legend gets a band of its own beside the map (on the reading-start side) or
 * below it, whichever keeps the map larger, painted in the page's colour: the legend then covers no map at all
 * (ADR 0030). The decision is made for the whole area, never for the shrunk map, so the band does not come and go.
 */
final class LegendDock extends Pane {

    private static final double MARGIN = 12;
    /** The map's smallest size beside a band (MapCanvas's minimum); below it the legend floats on least land. */
    private static final double MIN_MAP_WIDTH = 200;
    private static final double MIN_MAP_HEIGHT = 150;
    private final AtlasViewModel vm;
    private final Region map;
    private final Region legend;
    private LegendSpot spot;
    private boolean banded;
    /** The whole area's viewport and the world the spot was chosen for. */
    private Viewport placedFor;
    private ProjectedWorld placedOn;
    private int page;

    LegendDock(AtlasViewModel vm, Region map, Region legend, Subscriptions listening) {
        this.vm = vm;
        this.map = map;
        this.legend = legend;
        setId("legend-dock");
        setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT); // positions are map pixels, as the placer measures them
        legend.setNodeOrientation(Languages.isRightToLeft(vm.texts().locale())
                ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        getChildren().addAll(map, legend);
        listening.onInvalid(vm.sceneProperty(), this::requestLayout);
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        legend.autosize();
        double w = legend.getWidth();
        double h = legend.getHeight();
        boolean rtl = Languages.isRightToLeft(vm.texts().locale());
        Viewport whole = wholeAreaViewport(width, height);
        ProjectedWorld world = whole == null ? null : vm.worlds().drawn(whole);
        boolean placed = spot != null && whole != null && whole.equals(placedFor) && world == placedOn
                && spot.width() == w && spot.height() == h; // a new day or view: the same land, the same answer
        if (world == null || w <= 0) {
            banded = false;
            placedFor = null;
            spot = new LegendSpot(rtl ? width - w - MARGIN : MARGIN, Math.max(0, height - h - MARGIN), w, h, false);
        } else if (!placed && !stillFree(world, whole, w, h, width, height)) {
            placedFor = whole;
            placedOn = world;
            LegendSpot free = LegendPlacer.firstFree(world, whole, w, h, MARGIN, rtl);
            banded = free == null && bandFits(width, height, w, h);
            spot = banded ? new LegendSpot(rtl ? width - w - MARGIN : MARGIN, height - h - MARGIN, w, h, false)
                    : free != null ? free : LegendPlacer.place(world, whole, w, h, MARGIN, rtl);
        }
        if (banded && besideFits(width, height, w, h)) {
            double band = w + 2 * MARGIN;
            map.resizeRelocate(rtl ? 0 : band, 0, width - band, height);
        } else if (banded) {
            map.resizeRelocate(0, 0, width, height - h - 2 * MARGIN);
        } else {
            map.resizeRelocate(0, 0, width, height);
        }
        legend.relocate(spot.x(), spot.y());
        paintPage();
    }

    /**
     * The viewport the map would have over the whole area: a fitted rectangle fitted to it, or the current view
     * widened back from the band (a resize keeps the centre and the visible width, so this undoes it exactly).
     */
    private Viewport wholeAreaViewport(double width, double height) {
        Viewport fitted = vm.extent().fitOn(width, height);
        if (fitted != null) {
            return fitted;
        }
        Viewport v = vm.extent().viewport();
        return v == null || width <= 0 || height <= 0 ? null : v.resized(width, height);
    }

    /** A view panned or zoomed by hand keeps the legend's floating spot while it still shows no land (no jumping). */
    private boolean stillFree(ProjectedWorld world, Viewport whole, double w, double h, double width, double height) {
        return spot != null && !banded && vm.extent().fitOn(width, height) == null
                && spot.width() == w && spot.height() == h
                && spot.x() + w <= width && spot.y() + h <= height
                && !LegendPlacer.coversLand(world, whole, spot.x() - MARGIN / 2, spot.y() - MARGIN / 2,
                w + MARGIN, h + MARGIN);
    }

    private static boolean bandFits(double width, double height, double w, double h) {
        return width - w - 2 * MARGIN >= MIN_MAP_WIDTH || height - h - 2 * MARGIN >= MIN_MAP_HEIGHT;
    }

    /**
     * The band goes beside the map when that keeps a fitted rectangle at least as large as a band below would (a
     * view made by hand: when it keeps at least as much of the map's area), and the map stays usable beside it.
     */
    private boolean besideFits(double width, double height, double w, double h) {
        double besideWidth = width - w - 2 * MARGIN;
        double belowHeight = height - h - 2 * MARGIN;
        if (besideWidth < MIN_MAP_WIDTH || belowHeight < MIN_MAP_HEIGHT) {
            return besideWidth >= MIN_MAP_WIDTH;
        }
        Viewport beside = vm.extent().fitOn(besideWidth, height);
        Viewport below = vm.extent().fitOn(width, belowHeight);
        return beside != null ? beside.scale() >= below.scale() : besideWidth * height >= width * belowHeight;
    }

    /** The band shows the map's page colour (the colour around the globe), so it reads as part of the map. */
    private void paintPage() {
        MapScene scene = vm.scene();
        int argb = scene == null ? 0 : scene.palette().background();
        if (argb != page) {
            page = argb;
            setBackground(Background.fill(Color.rgb(argb >> 16 & 0xFF, argb >> 8 & 0xFF, argb & 0xFF)));
        }
    }

    /** Where the legend is, in this area's pixels (tests). */
    LegendSpot spot() {
        return spot;
    }

    /** True when the legend has a band of its own beside or below the map (tests). */
    boolean banded() {
        return banded;
    }
}
