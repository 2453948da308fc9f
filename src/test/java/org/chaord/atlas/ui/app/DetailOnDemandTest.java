package org.chaord.atlas.ui.app;

import org.chaord.atlas.render.BundledWorld;
import org.chaord.atlas.render.RegionPreset;
import org.chaord.atlas.ui.MapExtent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The 1:10m map is read when the user first zooms in, once, and never for a map that stays at world scale. */
class DetailOnDemandTest {

    private final Envelope world = BundledWorld.get().bounds();
    private final MapExtent extent = new MapExtent();
    private final AtomicInteger loads = new AtomicInteger();

    @BeforeEach
    void showTheWorld() {
        extent.resize(1280, 640);
        extent.showWorld(world);
        DetailOnDemand.watch(extent.viewportProperty(), () -> world, loads::incrementAndGet);
    }

    @Test
    void theWorldViewPannedAndResizedReadsNothing() {
        extent.pan(200, 50);
        extent.resize(1600, 900);
        extent.showWorld(world);
        assertEquals(0, loads.get());
    }

    @Test
    void theFirstZoomStepStartsTheLoadOnce() {
        extent.zoom(1.25);
        assertEquals(1, loads.get());
        extent.zoom(1.25);
        extent.fit(RegionPreset.EUROPE.projected(BundledWorld.get().projection()));
        assertEquals(1, loads.get(), "read once, not at every zoom");
    }

    @Test
    void aRegionPresetStartsItToo() {
        extent.fit(RegionPreset.AFRICA.projected(BundledWorld.get().projection()));
        assertEquals(1, loads.get());
    }

    @Test
    void aMapAlreadyZoomedWhenWatchedStartsAtOnce() {
        MapExtent zoomed = new MapExtent();
        zoomed.resize(1280, 640);
        zoomed.showWorld(world);
        zoomed.zoom(2);
        AtomicInteger early = new AtomicInteger();
        DetailOnDemand.watch(zoomed.viewportProperty(), () -> world, early::incrementAndGet);
        assertEquals(1, early.get());
    }
}
