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
        Canvas canvas = new Canvas(w * OVERSAMPLE, h * OVERSAMPLE);
        canvas.setId("print-page");
        FxPaintSurface surface = new FxPaintSurface(canvas.getGraphicsContext2D());
        ComposedFigure composed = figure(atlas, world, view, w, h, surface);
        canvas.getGraphicsContext2D().scale(OVERSAMPLE, OVERSAMPLE);
        FigurePainter.paint(composed.scene(), composed.layout(), surface);
        canvas.getTransforms().add(new Scale(1 / OVERSAMPLE, 1 / OVERSAMPLE));
        return new Group(canvas);
    }

    /** The figure of a page: laid out for {@code w} × {@code h} points, its legend placed where it hides no land. */
    public static ComposedFigure figure(Atlas atlas, ProjectedWorld world, SavedView view, int w, int h,
                                        org.chaord.atlas.render.PaintSurface measure) {
        MapFigure figure = view.figure(ExportFormat.PNG, w, h, 72);
        Envelope shown = view.extent() != null ? view.extent().envelope() : view.region().projected(world.projection());
        // the screen shows sea beside the world (the window is wider than the map): the page shows the world itself
        Envelope onWorld = shown.intersection(world.bounds());
        shown = onWorld.isNull() || onWorld.getWidth() <= 0 || onWorld.getHeight() <= 0 ? shown : onWorld;
        return FigureComposer.compose(world, (viewport, k) -> figure.compose(atlas, world, viewport, k), shown, w, h,
                measure);
    }
}
