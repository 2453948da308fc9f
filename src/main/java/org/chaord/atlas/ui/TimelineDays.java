package org.chaord.atlas.ui;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.chaord.atlas.model.Atlas;

import java.time.LocalDate;
import java.util.NavigableSet;
import java.util.function.Supplier;

/**
 * The day the view-model shows, kept between the timeline's first day and today, and the moves along the timeline
 * (to the next or previous change of the view shown, by whole years). FX thread only.
 */
public final class TimelineDays {

    private final AtlasViewModel vm;
    private final LocalDate start;
    private final Supplier<LocalDate> today;
    private final ReadOnlyObjectWrapper<LocalDate> date;

    TimelineDays(AtlasViewModel vm, LocalDate start, Supplier<LocalDate> today) {
        this.vm = vm;
        this.start = start;
        this.today = today;
        this.date = new ReadOnlyObjectWrapper<>(vm, "date", today.get());
    }

    ReadOnlyObjectProperty<LocalDate> property() {
        return date.getReadOnlyProperty();
    }

    LocalDate date() {
        return date.get();
    }

    public LocalDate today() {
        return today.get();
    }

    /** Clamp a date into the timeline's range. */
    public LocalDate clamp(LocalDate day) {
        return day.isBefore(start) ? start : day.isAfter(today()) ? today() : day;
    }

    /** Moves to a day, clamped; nothing for null. */
    void set(LocalDate day) {
        if (day != null) {
            date.set(clamp(day));
        }
    }

    /** The next day after the current one on which the current view changes, or null. */
    public LocalDate nextChange() {
        return change(true);
    }

    /** The last day before the current one on which the current view changed, or null. */
    public LocalDate previousChange() {
        return change(false);
    }

    /** Steps to the next (or previous) day on which the current view changes; stays when there is none. */
    public void step(boolean forward) {
        set(change(forward));
    }

    /** Moves the date by whole years (negative: back), clamped. */
    public void moveYears(int years) {
        set(date().plusYears(years));
    }

    private LocalDate change(boolean forward) {
        Atlas atlas = vm.atlas();
        if (atlas == null) {
            return null;
        }
        NavigableSet<LocalDate> days = atlas.history().changeDays(vm.view());
        return forward ? days.higher(date.get()) : days.lower(date.get());
    }
}
