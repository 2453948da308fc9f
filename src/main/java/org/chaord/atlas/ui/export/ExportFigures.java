package org.chaord.atlas.ui.export;

import javafx.scene.image.WritableImage;
import org.chaord.atlas.export.ExportFormat;
import org.chaord.atlas.export.ExportService;
import org.chaord.atlas.export.ExportSpec;
import org.chaord.atlas.export.PaperSize;
import org.chaord.atlas.render.ProjectedWorld;
import org.chaord.atlas.render.Viewport;
import org.chaord.atlas.ui.AtlasViewModel;
import org.chaord.atlas.ui.internal.FxImages;

/** The figure of what the map shows, at the map's size: what Copy image puts on the clipboard. */
public final class ExportFigures {

    private ExportFigures() {
    }

    /** The current view painted as a figure of the map's size, or null (no data or map yet). */
    public static WritableImage figureImage(AtlasViewModel vm, ExportService service) {
        ProjectedWorld world = vm.world();
        Viewport v = vm.extent().viewport();
        if (vm.atlas() == null || world == null || v == null) {
            return null;
        }
        int w = (int) Math.round(v.width());
        int h = (int) Math.round(v.height());
        if (w <= 0 || h <= 0) {
            return null;
        }
        ExportSpec spec = ExportSpec.of(ExportFormat.PNG, vm.frame()).withSize(w, h, PaperSize.SCREEN_DPI)
                .withProjection(world.projection().kind()).withExtent(v.visibleWorld());
        return FxImages.toFx(service.image(spec, vm.atlas(), world, 1));
    }

    /** Puts the current view, painted as a figure at the map's size, on the system clipboard. */
    public static void copyImage(AtlasViewModel vm, ExportService service) {
        WritableImage image = figureImage(vm, service);
        if (image != null) {
            FxImages.put(image);
        }
    }
}
