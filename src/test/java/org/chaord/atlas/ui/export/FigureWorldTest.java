package org.chaord.atlas.ui.export;

import org.chaord.atlas.data.MapReader;
import org.chaord.atlas.export.BundledData;
import org.chaord.atlas.export.ExportFormat;
import org.chaord.atlas.export.ExportSpec;
import org.chaord.atlas.geo.MapProjection;
import org.chaord.atlas.geo.ProjectionKind;
import org.chaord.atlas.model.View;
import org.chaord.atlas.render.BundledWorld;
import org.chaord.atlas.render.ProjectedWorld;
import org.chaord.atlas.render.RegionPreset;
import org.chaord.atlas.ui.AtlasViewModel;
import org.chaord.atlas.ui.DetailFixture;
import org.chaord.atlas.ui.internal.UiThreads;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;

import static org.junit.jupiter.api.Assertions.assertSame;

/** The export dialog's preview draws the map the export will: 1:10m for a region once loaded (ADR 0019 §4). */
class FigureWorldTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 28);

    @Test
    void aEuropeFigureIsDrawnFrom10mAndTheWorldFrom50m() {
        AtlasViewModel vm = new AtlasViewModel(UiThreads.direct(), null, () -> DAY);
        vm.extent().resize(1200, 640);
        vm.showLoaded(BundledData.get(), BundledWorld.get());
        ExportSpec europe = ExportSpec.of(ExportFormat.PNG, View.UNCC, DAY).withRegion(RegionPreset.EUROPE);
        ExportSpec world = ExportSpec.of(ExportFormat.PNG, View.UNCC, DAY);
        assertSame(BundledWorld.get(), FigureWorld.of(vm, europe), "before 1:10m is loaded, 1:50m");
        ProjectedWorld detail = ProjectedWorld.build(MapReader.read(Path.of("maps/countries-10m.geojson"),
                new ArrayList<>()), MapProjection.of(ProjectionKind.EQUAL_EARTH));
        DetailFixture.showDetail(vm, detail);
        assertSame(detail, FigureWorld.of(vm, europe));
        assertSame(BundledWorld.get(), FigureWorld.of(vm, world));
    }
}
