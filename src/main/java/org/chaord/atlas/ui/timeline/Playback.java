package org.chaord.atlas.ui.timeline;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.chaord.atlas.ui.AtlasViewModel;
import org.chaord.atlas.ui.internal.Ticker;

import java.time.LocalDate;

/**
 * Playing the timeline: while playing, each frame moves the date on by the time played at the chosen speed, in whole
 * days; at today it stops (or, with loop, starts again at the first day). Playing from today starts at the first day.
 * Driven by a {@link Ticker}, so tests advance it by hand.
 */
public final class Playback {

    private final AtlasViewModel vm;
    private final Ticker ticker;
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyObjectWrapper<PlaybackSpeed> speed =
            new ReadOnlyObjectWrapper<>(this, "speed", PlaybackSpeed.QUARTER_PER_SECOND);
    private final ReadOnlyBooleanWrapper loop = new ReadOnlyBooleanWrapper(this, "loop");
    private double playedDays;

    public Playback(AtlasViewModel vm, Ticker ticker) {
        this.vm = vm;
        this.ticker = ticker;
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public boolean isPlaying() {
        return playing.get();
    }

    public ReadOnlyObjectProperty<PlaybackSpeed> speedProperty() {
        return speed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loopProperty() {
        return loop.getReadOnlyProperty();
    }

    public void setSpeed(PlaybackSpeed s) {
        speed.set(s == null ? PlaybackSpeed.QUARTER_PER_SECOND : s);
    }

    public void setLoop(boolean on) {
        loop.set(on);
    }

    /** Plays, or pauses what is playing. */
    public void togglePlay() {
        if (playing.get()) {
            ticker.stop();
            playing.set(false);
            return;
        }
        if (!vm.date().isBefore(vm.today())) {
            vm.setDate(AtlasViewModel.TIMELINE_START);
        }
        playedDays = 0;
        playing.set(true);
        ticker.start(this::advance);
    }

    /** Moves the date on by {@code seconds} of playing; stops at today unless looping. */
    public void advance(double seconds) {
        if (!playing.get()) {
            return;
        }
        playedDays += seconds * speed.get().daysPerSecond();
        long whole = (long) playedDays;
        if (whole <= 0) {
            return;
        }
        playedDays -= whole;
        LocalDate next = vm.date().plusDays(whole);
        if (next.isBefore(vm.today())) {
            vm.setDate(next);
        } else if (loop.get()) {
            vm.setDate(AtlasViewModel.TIMELINE_START);
        } else {
            vm.setDate(vm.today());
            togglePlay();
        }
    }
}
