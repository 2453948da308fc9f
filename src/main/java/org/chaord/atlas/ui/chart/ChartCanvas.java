package org.chaord.atlas.ui.chart;

import javafx.beans.Observable;
import javafx.geometry.NodeOrientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.PartiesOverTime;
import org.chaord.atlas.render.ChartFrame;
import org.chaord.atlas.render.ChartPainter;
import org.chaord.atlas.render.ChartRequest;
import org.chaord.atlas.render.FigureLayout;
import org.chaord.atlas.render.Palette;
import org.chaord.atlas.ui.AtlasViewModel;
import org.chaord.atlas.ui.internal.FrameRequests;
import org.chaord.atlas.ui.map.FxPaintSurface;
import org.chaord.atlas.ui.internal.Subscriptions;

import java.time.LocalDate;

/**
 * The chart on screen: {@link ChartPainter} through the screen's paint surface, so it is the figure "Export chart…"
 * and the {@code chart} command write. A change of date, palette, language or chart asks for one paint at the next
 * pulse, however many came; nothing is painted while the pane is hidden. Hovering shows the counts of the day under
 * the pointer and who moved on it; a click moves the timeline there.
 */
final class ChartCanvas extends Region {

    /** How close (in pixels) a pointer must be to a step for the hover to show that step's day. */
    static final double SNAP_PX = 4;
    private static final double OFFSET_PX = 14;

    private final AtlasViewModel vm;
    private final ChartModel model;
    private final FrameRequests frames;
    private final Canvas canvas = new Canvas();
    private final ChartHoverCard card = new ChartHoverCard();
    private final Runnable paint = this::paint;
    private ChartFrame frame;
    private LocalDate paintedMarked;

    ChartCanvas(AtlasViewModel vm, ChartModel model, FrameRequests frames, Subscriptions listening) {
        this.vm = vm;
        this.model = model;
        this.frames = frames;
        setId("chart-canvas");
        getStyleClass().add("parties-canvas");
        setMinSize(120, 80);
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip); // a tall hover card stays inside the pane
        // time runs left to right on the chart's axis in every language, as in the exported figure
        setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        setAccessibleRole(javafx.scene.AccessibleRole.IMAGE_VIEW);
        getChildren().addAll(canvas, card);
        for (Observable o : new Observable[] {vm.dateProperty(), vm.looks().paletteProperty(), vm.textsProperty(),
            model.chartProperty(), model.shownProperty()}) {
            listening.onInvalid(o, this::requestPaint);
        }
        listening.onChange(model.hoverProperty(), (old, h) -> showHover());
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> model.clearHover());
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
    }

    private void requestPaint() {
        if (model.isShown() && getScene() != null) {
            frames.request(paint);
        }
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            paint();
        }
        card.autosize();
    }

    /** The request the canvas paints: the chart's treaty and range, the timeline's day, the window's palette and words. */
    ChartRequest request(PartiesOverTime chart) {
        Atlas atlas = vm.atlas();
        return new ChartRequest(chart.treaty(), chart.from(), chart.to(), vm.date(), vm.looks().paletteProperty().get(),
                vm.texts().withTreaties(atlas.treaties()), null, null);
    }

    private void paint() {
        PartiesOverTime chart = model.chart();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (!model.isShown() || w <= 0 || h <= 0) {
            return;
        }
        FxPaintSurface surface = new FxPaintSurface(canvas.getGraphicsContext2D());
        Palette p = vm.looks().paletteProperty().get();
        if (chart == null || vm.atlas() == null) {
            surface.fillRect(0, 0, w, h, p.background()); // computing: an empty page rather than a stale chart
            frame = null;
            paintedMarked = null;
            return;
        }
        FigureLayout layout = onScreen(w, h);
        ChartRequest req = request(chart);
        ChartPainter.paint(vm.atlas(), chart, req, layout, surface);
        frame = ChartPainter.frame(chart, layout, surface);
        paintedMarked = req.marked();
        // a screen reader hears the figure's title and day, as the map says its view and day
        setAccessibleText(req.texts().get("chart.title", req.texts().treatyName(chart.treaty())) + ". "
                + req.texts().get("figure.date", req.texts().longDate(req.marked())));
    }

    /**
     * The page of a chart in a pane a few hundred pixels high: type no smaller than 0.75 of a 1080p figure's, and a
     * header with room for the title and date lines only (a subtitle is never shown on screen), so the plot keeps
     * most of the height.
     */
    static FigureLayout onScreen(double w, double h) {
        double k = Math.max(0.75, Math.min(1.0, Math.min(w / 1920.0, h / 1080.0) * 1.6));
        return new FigureLayout(w, h, k, 64 * k, 30 * k, 0, 0, 0, null);
    }

    /** The plot's frame as last painted (null before a chart is on screen): where each day sits. */
    ChartFrame frame() {
        return frame;
    }

    /** The timeline day the last paint marked (null before). */
    LocalDate paintedMarked() {
        return paintedMarked;
    }

    Canvas canvas() {
        return canvas;
    }

    private void moved(MouseEvent e) {
        if (frame == null || e.getX() < frame.left() || e.getX() > frame.right()) {
            model.clearHover();
            return;
        }
        double daysPerPx = (frame.to().toEpochDay() - frame.from().toEpochDay()) / Math.max(1, frame.right() - frame.left());
        model.hoverAt(frame.dayAt(e.getX()), (long) Math.ceil(SNAP_PX * daysPerPx));
        if (card.isVisible()) {
            place(e.getX(), e.getY());
        }
    }

    private void clicked(MouseEvent e) {
        if (frame != null && e.getX() >= frame.left() && e.getX() <= frame.right()) {
            ChartHover h = model.hover();
            vm.setDate(h != null ? h.day() : frame.dayAt(e.getX()));
        }
    }

    private void showHover() {
        ChartHover h = model.hover();
        if (h == null || vm.atlas() == null) {
            card.hide();
            return;
        }
        card.show(h, vm.atlas(), vm.texts().withTreaties(vm.atlas().treaties()));
    }

    private void place(double px, double py) {
        card.autosize();
        double x = px + OFFSET_PX + card.getWidth() > getWidth() ? px - OFFSET_PX - card.getWidth() : px + OFFSET_PX;
        double y = py + OFFSET_PX + card.getHeight() > getHeight() ? py - OFFSET_PX - card.getHeight() : py + OFFSET_PX;
        y = Math.min(y, getHeight() - card.getHeight());
        card.relocate(Math.max(0, x), Math.max(0, y));
    }
}
