package org.chaord.atlas.ui;

import javafx.animation.AnimationTimer;
import javafx.beans.Observable;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.render.Texts;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.LocalDate;

/**
 * The timeline: a day-precision slider from 2001-11-23 to today with year ticks and a strip of marks where the
 * current view changes, play/pause with speed, previous/next event and a date field.
 */
public final class TimelineBar extends VBox {

    /** Playback speeds in days of history per second of playing. */
    public enum Speed {
        MONTH_PER_SECOND(30.4), QUARTER_PER_SECOND(91.3), YEAR_PER_SECOND(365.25);
        final double daysPerSecond;

        Speed(double daysPerSecond) {
            this.daysPerSecond = daysPerSecond;
        }
    }

    private final AtlasViewModel vm;
    private final Slider slider = new Slider();
    private final Canvas marks = new Canvas(10, 8);
    private final DatePicker picker = new DatePicker();
    private final Button play = new Button();
    private final ComboBox<Speed> speed = new ComboBox<>();
    private final CheckBox loop = new CheckBox();
    private final AnimationTimer player;
    private boolean playing;
    private double playedDays;
    private boolean updating;

    public TimelineBar(AtlasViewModel vm) {
        this.vm = vm;
        setId("timeline");
        getStyleClass().add("timeline");
        slider.setId("timeline-slider");
        slider.setMin(AtlasViewModel.TIMELINE_START.toEpochDay());
        slider.setMax(vm.today().toEpochDay());
        slider.setMajorTickUnit(365.25);
        slider.setMinorTickCount(0);
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        slider.setBlockIncrement(1);
        slider.setLabelFormatter(Labels.of(d -> String.valueOf(LocalDate.ofEpochDay(Math.round(d)).getYear())));
        slider.setValue(vm.date.get().toEpochDay());
        slider.valueProperty().addListener((o, a, b) -> {
            if (!updating) {
                vm.date.set(vm.clamp(LocalDate.ofEpochDay(Math.round(b.doubleValue()))));
            }
        });
        picker.setId("date-field");
        picker.setPrefWidth(150);
        picker.setConverter(new DateFieldConverter(vm.texts.get()));
        picker.setValue(vm.date.get());
        picker.valueProperty().addListener((o, a, b) -> {
            if (!updating && b != null) {
                vm.date.set(vm.clamp(b));
            }
        });
        vm.date.addListener((o, a, b) -> showDate(b));
        play.setId("play");
        play.setOnAction(e -> togglePlay());
        Texts t = vm.texts.get();
        Button prev = iconButton("mdi2s-skip-previous", "previous-event", e -> stepEvent(false));
        prev.setTooltip(new Tooltip(t.get("timeline.previous")));
        Button next = iconButton("mdi2s-skip-next", "next-event", e -> stepEvent(true));
        next.setTooltip(new Tooltip(t.get("timeline.next")));
        speed.getItems().addAll(Speed.values());
        speed.setValue(Speed.QUARTER_PER_SECOND);
        speed.setId("speed");
        speed.setConverter(Labels.of(s -> t.get("speed." + s.name())));
        loop.setId("loop");
        loop.setText(t.get("timeline.loop"));
        updatePlayIcon();
        VBox track = new VBox(0, marks, slider);
        // Time runs left to right in every language here, like the year labels under it.
        track.setNodeOrientation(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
        HBox.setHgrow(track, Priority.ALWAYS);
        HBox row = new HBox(8, prev, play, next, speed, loop, new KeyMoments(vm).button(), track, picker);
        row.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(row);
        marks.widthProperty().bind(slider.widthProperty());
        for (Observable o : new Observable[] {vm.view, vm.data, slider.widthProperty()}) {
            o.addListener(x -> paintMarks());
        }
        player = new AnimationTimer() {
            private long last;

            @Override
            public void start() {
                last = 0;
                super.start();
            }

            @Override
            public void handle(long now) {
                if (last != 0) {
                    advance((now - last) / 1e9);
                }
                last = now;
            }
        };
    }

    private Button iconButton(String icon, String id, javafx.event.EventHandler<javafx.event.ActionEvent> action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.setOnAction(action);
        return b;
    }

    private void showDate(LocalDate d) {
        updating = true;
        slider.setValue(d.toEpochDay());
        picker.setValue(d);
        updating = false;
    }

    public boolean isPlaying() {
        return playing;
    }

    public void setSpeed(Speed s) {
        speed.setValue(s);
    }

    public void togglePlay() {
        playing = !playing;
        if (playing) {
            if (!vm.date.get().isBefore(vm.today())) {
                vm.date.set(AtlasViewModel.TIMELINE_START);
            }
            playedDays = 0;
            player.start();
        } else {
            player.stop();
        }
        updatePlayIcon();
    }

    /** Moves the date on by the time played; stops at today. */
    void advance(double seconds) {
        playedDays += seconds * speed.getValue().daysPerSecond;
        long whole = (long) playedDays;
        if (whole > 0) {
            playedDays -= whole;
            LocalDate next = vm.date.get().plusDays(whole);
            if (!next.isBefore(vm.today())) {
                if (loop.isSelected()) {
                    vm.date.set(AtlasViewModel.TIMELINE_START);
                    return;
                }
                vm.date.set(vm.today());
                togglePlay();
                return;
            }
            vm.date.set(next);
        }
    }

    public void stepEvent(boolean forward) {
        LocalDate d = forward ? vm.nextChange() : vm.previousChange();
        if (d != null) {
            vm.date.set(vm.clamp(d));
        }
    }

    private void updatePlayIcon() {
        play.setGraphic(new FontIcon(playing ? "mdi2p-pause" : "mdi2p-play"));
        play.setTooltip(new Tooltip(vm.texts.get().get(playing ? "timeline.pause" : "timeline.play")));
    }

    private void paintMarks() {
        GraphicsContext g = marks.getGraphicsContext2D();
        g.clearRect(0, 0, marks.getWidth(), marks.getHeight());
        Atlas atlas = vm.atlas();
        if (atlas == null || marks.getWidth() <= 20) {
            return;
        }
        double inset = 7; // the slider thumb's half width: ticks line up with the track
        double w = marks.getWidth() - 2 * inset;
        g.setStroke(Color.web("#e07b00"));
        g.setLineWidth(1);
        for (LocalDate d : atlas.history().changeDays(vm.view.get())) {
            double f = (d.toEpochDay() - slider.getMin()) / (slider.getMax() - slider.getMin());
            if (f >= 0 && f <= 1) {
                double x = Math.round(inset + f * w) + 0.5;
                g.strokeLine(x, 1, x, marks.getHeight());
            }
        }
    }
}
