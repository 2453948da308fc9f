package org.chaord.atlas.ui.saved;

import javafx.scene.Group;
import javafx.scene.canvas.Canvas;
import javafx.scene.transform.Scale;
import org.chaord.atlas.export.ExportFormat;
import org.chaord.atlas.export.MapFigure;
import org.chaord.atlas.export.SavedView;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.render.ComposedFigure;
import org.chaord.atlas.render.FigureComposer;
import org.chaord.atlas.render.FigurePainter;
import org.chaord.atlas.render.ProjectedWorld;
import org.chaord.atlas.ui.map.FxPaintSurface;
import org.locationtech.jts.geom.Envelope;

/**
 * The node File → Print… sends to the printer: the figure of what the atlas shows (title, map, legend, source), laid
 * out for the page's printable size and painted through the one painter, as an export would be. The canvas holds
 * {@value #OVERSAMPLE} pixels per point and is scaled down to the page, so print is sharper than the 72 pt grid.
 */
public final class PrintLayout {

    /** Canvas pixels per printed point (216 per inch). */
    public static final double OVERSAMPLE = 3;

    private PrintLayout() {
    }

    /**
     * The page for {@code view} at {@code width} × {@code height} points (the printable area), or null before the
     * data and map are there.
     */
    public static Group page(Atlas atlas, ProjectedWorld world, SavedView view, double width, double height) {
        if (atlas == null || world == null || world.projection().kind() != view.projection()) {
            return null;
        }
        int w = (int) Math.floor(width);
        int h = (int) Math.floor(height);
        MapFigure figure = view.figure(ExportFormat.PNG, w, h, 72);
        Envelope shown = view.extent() != null ? view.extent().envelope() : view.region().projected(world.projection());
        Canvas canvas = new Canvas(w * OVERSAMPLE, h * OVERSAMPLE);
        canvas.setId("print-page");
        FxPaintSurface surface = new FxPaintSurface(canvas.getGraphicsContext2D());
        ComposedFigure composed = FigureComposer.compose(world, (viewport, k) -> figure.compose(atlas, world, viewport, k),
                shown, w, h, surface);
        canvas.getGraphicsContext2D().scale(OVERSAMPLE, OVERSAMPLE);
        FigurePainter.paint(composed.scene(), composed.layout(), surface);
        canvas.getTransforms().add(new Scale(1 / OVERSAMPLE, 1 / OVERSAMPLE));
        return new Group(canvas);
    }
}
