package org.chaord.atlas.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One state's story under one treaty over [from, to]: its legend class as bands (a new band only where the class
 * changes) and its events of the range, oldest first, each with its source. What the side panel's sparkline shows.
 */
public record StatusStory(String iso3, TreatyId treaty, LocalDate from, LocalDate to, List<StatusBand> bands,
                          List<StatusEvent> events) {

    public StatusStory {
        bands = List.copyOf(bands);
        events = List.copyOf(events);
    }

    /** The story of {@code iso3} under {@code treaty} from {@code from} to {@code to} (swapped if reversed). */
    public static StatusStory of(Atlas atlas, String iso3, TreatyId treaty, LocalDate from, LocalDate to) {
        LocalDate first = from.isAfter(to) ? to : from;
        LocalDate last = from.isAfter(to) ? from : to;
        View view = View.of(treaty);
        MembershipHistory history = atlas.history();
        // a class can change only on a change day of the view (events and entries into force): asking there is enough
        List<LocalDate> days = new ArrayList<>();
        days.add(first);
        days.addAll(history.changeDays(view).subSet(first, false, last, true));
        List<StatusBand> bands = new ArrayList<>();
        LocalDate start = first;
        StatusClass current = history.classOn(iso3, view, first);
        for (LocalDate day : days.subList(1, days.size())) {
            StatusClass next = history.classOn(iso3, view, day);
            if (next != current) {
                bands.add(new StatusBand(start, day.minusDays(1), current));
                start = day;
                current = next;
            }
        }
        bands.add(new StatusBand(start, last, current));
        List<StatusEvent> events = history.events(iso3, treaty).stream()
                .filter(e -> !e.effectiveDate().isBefore(first) && !e.effectiveDate().isAfter(last)).toList();
        return new StatusStory(iso3, treaty, first, last, bands, events);
    }

    /** The class on {@code day} (the first band's before the range, the last band's after it). */
    public StatusClass classOn(LocalDate day) {
        for (StatusBand b : bands) {
            if (!day.isAfter(b.to())) {
                return b.statusClass();
            }
        }
        return bands.get(bands.size() - 1).statusClass();
    }
}
