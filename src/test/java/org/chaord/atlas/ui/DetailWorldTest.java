package org.chaord.atlas.ui;

import org.chaord.atlas.data.LoadProblem;
import org.chaord.atlas.data.MapReader;
import org.chaord.atlas.export.BundledData;
import org.chaord.atlas.geo.MapProjection;
import org.chaord.atlas.geo.ProjectionKind;
import org.chaord.atlas.render.BundledWorld;
import org.chaord.atlas.render.ProjectedWorld;
import org.chaord.atlas.render.RegionPreset;
import org.chaord.atlas.ui.internal.UiThreads;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 1:10m comes in when the map is zoomed to a region, and Luxembourg stops being a dot. */
class DetailWorldTest {

    private static ProjectedWorld detail;
    private AtlasViewModel vm;

    @BeforeAll
    static void loadDetail() {
        List<LoadProblem> problems = new ArrayList<>();
        detail = ProjectedWorld.build(MapReader.read(Path.of("maps/countries-10m.geojson"), problems),
                MapProjection.of(ProjectionKind.EQUAL_EARTH));
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @BeforeEach
    void start() {
        vm = new AtlasViewModel(UiThreads.direct(), null, () -> LocalDate.of(2026, 11, 28));
        vm.extent().resize(1200, 640);
        vm.showLoaded(BundledData.get(), BundledWorld.get());
        vm.worlds().showDetail(detail);
    }

    @Test
    void theWorldIsDrawnAt50mAndEuropeAt10m() {
        vm.composeNow();
        assertSame(BundledWorld.get(), vm.scene().world());
        vm.showRegion(RegionPreset.EUROPE);
        vm.composeNow();
        assertSame(detail, vm.scene().world());
        vm.showRegion(RegionPreset.WORLD);
        vm.composeNow();
        assertSame(BundledWorld.get(), vm.scene().world());
    }

    @Test
    void luxembourgIsAMarkerAtWorldScaleAndItsRealShapeZoomedIn() {
        vm.composeNow();
        assertTrue(marker("LUX"));
        vm.showCountry("LUX");
        vm.composeNow();
        assertSame(detail, vm.scene().world());
        assertFalse(marker("LUX"), "big enough to click: drawn as its shape");
        assertTrue(detail.shape("LUX").rings(0)[0].length > 2 * BundledWorld.get().shape("LUX").rings(0)[0].length);
    }

    @Test
    void anotherProjectionDropsTheOldDetail() {
        vm.worlds().showDetail(detail);
        vm.showLoaded(BundledData.get(), ProjectedWorld.build(BundledData.get().shapes(), MapProjection.of(ProjectionKind.ROBINSON)));
        assertEquals(null, vm.worlds().detail());
    }

    /** Compare mode at Europe draws 1:10m as simplified for the screen, as the status map does (not full detail). */
    @Test
    void theChangeMapAtEuropeIsDrawnAtTheScreensLevelAndStillRepaintsOnlyWhatMoved() {
        vm.setView(org.chaord.atlas.model.View.UNCC);
        vm.showRegion(RegionPreset.EUROPE);
        vm.composeNow();
        int statusLevel = vm.scene().level();
        assertEquals(ProjectedWorld.screenLevelFor(vm.extent().viewport().scale()), statusLevel);
        assertEquals(0, ProjectedWorld.levelFor(vm.extent().viewport().scale()), "a figure draws every vertex here");
        assertTrue(statusLevel > 0, "the screen draws 1:10m simplified to half a pixel");
        vm.setDate(LocalDate.of(2025, 10, 25));
        vm.compare().setActive(true, vm.date(), AtlasViewModel.TIMELINE_START);
        vm.compare().setFrom(LocalDate.of(2025, 10, 24));
        vm.composeNow();
        var before = vm.scene();
        assertSame(detail, before.world());
        assertEquals(statusLevel, before.level(), "the change map at the status map's level");
        vm.setDate(LocalDate.of(2025, 10, 26));
        vm.composeNow();
        assertEquals(statusLevel, vm.scene().level());
        assertTrue(vm.compare().moved(before, vm.scene()) != null, "a To step repaints the moved countries only");
    }

    private boolean marker(String iso3) {
        return vm.scene().countries().stream().filter(c -> c.iso3().equals(iso3)).findFirst().orElseThrow().marker();
    }
}
