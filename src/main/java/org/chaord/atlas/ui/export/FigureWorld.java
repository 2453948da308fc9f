package org.chaord.atlas.ui.export;

import org.chaord.atlas.export.ExportService;
import org.chaord.atlas.export.ExportSpec;
import org.chaord.atlas.render.ProjectedWorld;
import org.chaord.atlas.render.RegionPreset;
import org.chaord.atlas.ui.AtlasViewModel;

/** The world a figure is drawn from: 1:10m for a region or a zoomed extent once it is loaded, else 1:50m. */
final class FigureWorld {

    private FigureWorld() {
    }

    static ProjectedWorld of(AtlasViewModel vm, ExportSpec spec) {
        ProjectedWorld coarse = vm.world();
        if (coarse == null || spec.region() == RegionPreset.WORLD && spec.extent() == null) {
            return coarse;
        }
        return vm.worlds().drawn(ExportService.viewport(spec, coarse));
    }
}
