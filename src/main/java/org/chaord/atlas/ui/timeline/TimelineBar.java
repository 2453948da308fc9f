package org.chaord.atlas.ui.timeline;

import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.ui.AtlasViewModel;
import org.chaord.atlas.ui.internal.Labels;
import org.chaord.atlas.ui.internal.Subscriptions;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.LocalDate;
import java.util.List;

/**
 * The timeline: a day-precision slider from 2001-11-23 to today with year ticks and a strip of marks where the
 * current view changes, play/pause with speed and loop, previous/next event, key moments and a date field. It shows
 * the view-model's date and the {@link Playback}'s state, and sends what the user does to them.
 */
public final class TimelineBar extends VBox {

    /** The narrowest the track gets: twenty-five years at about nine pixels each (the axis drops labels that meet). */
    private static final double TRACK_MIN_WIDTH = 220;

    private final AtlasViewModel vm;
    private final Playback playback;
    private final Slider slider = new Slider();
    private final DatePicker picker = new DatePicker();
    private final Button play = new Button();
    private boolean updating;

    /**
     * A timeline that follows the view-model and the playback through {@code listening} (ended when its window goes).
     * @param allChanges opens compare mode's list of all changes
     */
    public TimelineBar(AtlasViewModel vm, Playback playback, Runnable allChanges, Subscriptions listening) {
        this.vm = vm;
        this.playback = playback;
        setId("timeline");
        getStyleClass().add("timeline");
        Texts t = vm.texts();
        slider.setId("timeline-slider");
        slider.setMin(AtlasViewModel.TIMELINE_START.toEpochDay());
        slider.setMax(vm.today().toEpochDay());
        slider.setMajorTickUnit(365.25);
        slider.setMinorTickCount(0);
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        slider.setBlockIncrement(1);
        slider.setLabelFormatter(Labels.of(d -> String.valueOf(LocalDate.ofEpochDay(Math.round(d)).getYear())));
        slider.setValue(vm.date().toEpochDay());
        slider.valueProperty().addListener((o, a, b) -> {
            if (!updating) {
                vm.setDate(LocalDate.ofEpochDay(Math.round(b.doubleValue())));
            }
        });
        picker.setId("date-field");
        DateFieldConverter dates = new DateFieldConverter(t);
        picker.setConverter(dates);
        DateFieldWidth.fit(picker, dates);
        picker.setValue(vm.date());
        picker.valueProperty().addListener((o, a, b) -> {
            if (!updating && b != null) {
                vm.setDate(b);
            }
        });
        listening.onChange(vm.dateProperty(), (a, b) -> showDate(b));
        play.setId("play");
        play.setOnAction(e -> playback.togglePlay());
        listening.onInvalid(playback.playingProperty(), this::updatePlayIcon);
        Button prev = iconButton("mdi2s-skip-previous", "previous-event", e -> vm.days().step(false));
        prev.setTooltip(new Tooltip(t.get("timeline.previous")));
        Button next = iconButton("mdi2s-skip-next", "next-event", e -> vm.days().step(true));
        next.setTooltip(new Tooltip(t.get("timeline.next")));
        ComboBox<PlaybackSpeed> speed = new ComboBox<>();
        speed.getItems().addAll(PlaybackSpeed.values());
        speed.setId("speed");
        speed.setConverter(Labels.of(s -> t.get("speed." + s.name())));
        listening.twoWay(playback.speedProperty(), speed.valueProperty(), playback::setSpeed);
        CheckBox loop = new CheckBox(t.get("timeline.loop"));
        loop.setId("loop");
        listening.twoWay(playback.loopProperty(), loop.selectedProperty(), playback::setLoop);
        updatePlayIcon();
        TimelineMarks marks = new TimelineMarks(vm, slider, listening);
        VBox track = new VBox(0, new FromHandle(vm, slider, listening).node(), marks.node(), slider);
        // Time runs left to right in every language here, like the year labels under it.
        track.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        HBox.setHgrow(track, Priority.ALWAYS);
        ToggleButton compare = new ToggleButton(t.get("compare.button"));
        compare.setId("compare-toggle");
        compare.setTooltip(new Tooltip(t.get("compare.tooltip")));
        listening.twoWay(vm.compare().activeProperty(), compare.selectedProperty(),
                on -> vm.compare().setActive(on, vm.date(), AtlasViewModel.TIMELINE_START));
        MenuButton moments = KeyMomentsButton.create(vm);
        // the track gives up room when a language's words are long; the buttons keep theirs
        for (Region keeps : List.of(prev, play, next, speed, loop, moments, compare, picker)) {
            keeps.setMinWidth(Region.USE_PREF_SIZE);
        }
        track.setMinWidth(TRACK_MIN_WIDTH);
        HBox row = new HBox(8, prev, play, next, speed, loop, moments, compare, track, picker);
        row.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(row, new CompareRow(vm, allChanges, listening));
    }

    public Playback playback() {
        return playback;
    }

    private Button iconButton(String icon, String id, EventHandler<ActionEvent> action) {
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

    private void updatePlayIcon() {
        boolean playing = playback.isPlaying();
        play.setGraphic(new FontIcon(playing ? "mdi2p-pause" : "mdi2p-play"));
        play.setTooltip(new Tooltip(vm.texts().get(playing ? "timeline.pause" : "timeline.play")));
    }
}
