package org.chaord.atlas.ui;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.View;

import java.time.LocalDate;
import java.util.NavigableSet;
import java.util.function.Supplier;

/** The day the view-model shows, kept between the timeline's first day and today. FX thread only. */
final class TimelineDays {

    private final LocalDate start;
    private final Supplier<LocalDate> today;
    private final ReadOnlyObjectWrapper<LocalDate> date;

    TimelineDays(Object bean, LocalDate start, Supplier<LocalDate> today) {
        this.start = start;
        this.today = today;
        this.date = new ReadOnlyObjectWrapper<>(bean, "date", today.get());
    }

    ReadOnlyObjectProperty<LocalDate> property() {
        return date.getReadOnlyProperty();
    }

    LocalDate date() {
        return date.get();
    }

    LocalDate today() {
        return today.get();
    }

    LocalDate clamp(LocalDate day) {
        return day.isBefore(start) ? start : day.isAfter(today()) ? today() : day;
    }

    /** Moves to a day, clamped; nothing for null. */
    void set(LocalDate day) {
        if (day != null) {
            date.set(clamp(day));
        }
    }

    /** The nearest day after (or before) the current one on which the view changes, or null. */
    LocalDate change(Atlas atlas, View view, boolean forward) {
        if (atlas == null) {
            return null;
        }
        NavigableSet<LocalDate> days = atlas.history().changeDays(view);
        return forward ? days.higher(date.get()) : days.lower(date.get());
    }
}
