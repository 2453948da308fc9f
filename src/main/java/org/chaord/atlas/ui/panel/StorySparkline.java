package org.chaord.atlas.ui.panel;

import javafx.geometry.NodeOrientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.model.StatusEvent;
import org.chaord.atlas.model.StatusStory;
import org.chaord.atlas.render.Palette;
import org.chaord.atlas.render.SparklineFrame;
import org.chaord.atlas.render.SparklinePainter;
import org.chaord.atlas.ui.map.FxPaintSurface;

import java.time.LocalDate;

/**
 * One treaty's line of a country's story in the side panel: the treaty's short name, the sparkline
 * ({@link SparklinePainter} on a canvas as wide as the panel), and a line below saying the event under the pointer
 * and its source (or how to get one), the source's address left to right.
 */
final class StorySparkline extends VBox {

    static final double HEIGHT = 34;

    private final StatusStory story;
    private final Palette palette;
    private final LocalDate marked;
    private final Texts texts;
    private final Canvas canvas = new Canvas();
    private final Label info = new Label();
    private final Label source = new Label();
    private SparklineFrame frame;

    StorySparkline(StatusStory story, Palette palette, LocalDate marked, Texts texts, boolean wraps) {
        super(1);
        this.story = story;
        this.palette = palette;
        this.marked = marked;
        this.texts = texts;
        String id = story.treaty().id();
        setId("sparkline-" + id);
        getStyleClass().add("sparkline");
        Label name = new Label(texts.treatyShortName(story.treaty()));
        name.getStyleClass().add("panel-small");
        Pane strip = new Pane(canvas);
        strip.widthProperty().addListener((o, was, w) -> {
            canvas.setWidth(w.doubleValue());
            canvas.setHeight(HEIGHT);
            paint();
        });
        strip.setMinWidth(0);
        strip.setMinHeight(HEIGHT);
        strip.setPrefHeight(HEIGHT);
        // time runs left to right, as on the chart and the timeline's axis, in every language
        strip.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        canvas.setId("sparkline-canvas-" + id);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> pointAt(e.getX()));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> pointAt(Double.NaN));
        info.setId("sparkline-info-" + id);
        info.getStyleClass().addAll("panel-small", "sparkline-info");
        info.setWrapText(wraps);
        source.setId("sparkline-source-" + id);
        source.getStyleClass().addAll("panel-small", "sparkline-source");
        source.setWrapText(true); // an address has no right-to-left text: it wraps safely in every language
        source.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        pointAt(Double.NaN);
        getChildren().addAll(name, strip, info, source);
    }

    private void paint() {
        double w = canvas.getWidth();
        if (w <= 0) {
            return;
        }
        frame = SparklineFrame.of(story, w, HEIGHT);
        FxPaintSurface surface = new FxPaintSurface(canvas.getGraphicsContext2D());
        canvas.getGraphicsContext2D().clearRect(0, 0, w, HEIGHT);
        SparklinePainter.paint(story, frame, palette, marked, surface);
    }

    /** The x of a day on the sparkline as painted (NaN before it is). */
    double xOf(LocalDate day) {
        return frame == null ? Double.NaN : frame.x(day);
    }

    Canvas canvas() {
        return canvas;
    }

    private void pointAt(double x) {
        StatusEvent e = frame == null || Double.isNaN(x) ? null : frame.eventAt(story, x);
        if (e == null) {
            info.setText(story.events().isEmpty() ? texts.get("class.NONE") : texts.get("sparkline.hint"));
            info.getStyleClass().remove("sparkline-event");
            source.setText("");
            source.setManaged(false);
            return;
        }
        info.setText(texts.get("event." + e.type().csvName()) + " \u2014 " + texts.eventDate(e));
        source.setText(e.source());
        source.setManaged(true);
        if (!info.getStyleClass().contains("sparkline-event")) {
            info.getStyleClass().add("sparkline-event");
        }
    }
}
