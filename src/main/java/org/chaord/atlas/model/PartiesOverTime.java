package org.chaord.atlas.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A treaty's step chart from {@code from} to {@code to}: a step on the first day and on every day something visible
 * changes (events and entries into force, {@link MembershipHistory#changeDays}), each with the counts of signatories,
 * bound and in force and the states that moved. For a treaty with an instrument threshold (the UN Convention's 40)
 * it carries the threshold and, once the data hold enough instruments, the (projected) entry into force.
 */
public final class PartiesOverTime {

    private final TreatyId treaty;
    private final LocalDate from;
    private final LocalDate to;
    private final NavigableMap<LocalDate, ChartStep> steps;
    private final int threshold;
    private final LocalDate entryIntoForce;

    private PartiesOverTime(TreatyId treaty, LocalDate from, LocalDate to, NavigableMap<LocalDate, ChartStep> steps,
                            int threshold, LocalDate entryIntoForce) {
        this.treaty = treaty;
        this.from = from;
        this.to = to;
        this.steps = steps;
        this.threshold = threshold;
        this.entryIntoForce = entryIntoForce;
    }

    /** The chart of {@code treaty} over [from, to] (swapped if given the wrong way round). */
    public static PartiesOverTime of(Atlas atlas, TreatyId treaty, LocalDate from, LocalDate to) {
        LocalDate first = from.isAfter(to) ? to : from;
        LocalDate last = from.isAfter(to) ? from : to;
        View view = View.of(treaty);
        List<LocalDate> days = new ArrayList<>();
        days.add(first);
        days.addAll(atlas.history().changeDays(view).subSet(first, false, last, true));
        NavigableMap<LocalDate, ChartStep> steps = new TreeMap<>();
        LocalDate previous = null;
        for (LocalDate day : days) {
            Map<PartiesSeries, Integer> counts = new EnumMap<>(PartiesSeries.class);
            Map<StatusClass, Integer> legend = atlas.countsOn(view, day);
            PartiesSeries.ALL.forEach(s -> counts.put(s, s.count(legend)));
            List<StateChange> moved = previous == null ? List.of()
                    : StatusChanges.between(atlas, view, previous, day).changes().stream()
                    .filter(c -> atlas.countries().get(c.iso3()).kind().actsInOwnRight()).toList();
            steps.put(day, new ChartStep(day, counts, moved));
            previous = day;
        }
        Treaty t = atlas.treaties().get(treaty);
        int needed = TreatyId.UNCC.equals(treaty) && t != null ? t.instrumentsForEntryIntoForce() : 0;
        EntryIntoForceProgress progress = atlas.history().progressOn(treaty, last);
        return new PartiesOverTime(treaty, first, last, java.util.Collections.unmodifiableNavigableMap(steps), needed,
                needed > 0 && progress.isReached() ? progress.entryIntoForce() : null);
    }

    /**
     * Where a chart of {@code t} starts unless told otherwise: the treaty's adoption (or its opening for signature),
     * at the earliest {@code timelineStart}. Before it every line is flat at zero. The {@code chart} command and the
     * app's chart pane share it, so both draw the same figure.
     */
    public static LocalDate defaultFrom(Treaty t, LocalDate timelineStart) {
        LocalDate adopted = t == null ? null : t.adopted() != null ? t.adopted() : t.openedForSignature();
        return adopted == null || adopted.isBefore(timelineStart) ? timelineStart : adopted;
    }

    public TreatyId treaty() {
        return treaty;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    /** The steps, by day; the first is {@link #from()}. */
    public NavigableMap<LocalDate, ChartStep> steps() {
        return steps;
    }

    /** The step in effect on {@code day} (the last one on or before it); the first step before {@link #from()}. */
    public ChartStep stepOn(LocalDate day) {
        Map.Entry<LocalDate, ChartStep> e = steps.floorEntry(day);
        return e != null ? e.getValue() : steps.firstEntry().getValue();
    }

    public int countOn(PartiesSeries series, LocalDate day) {
        return stepOn(day).count(series);
    }

    /** The highest count of any series: the top of the chart's scale. */
    public int maxCount() {
        return steps.values().stream().mapToInt(s -> s.count(PartiesSeries.SIGNATORIES)).max().orElse(0);
    }

    /** Instruments needed for entry into force drawn as a line (the UN Convention's 40); 0 when none is drawn. */
    public int threshold() {
        return threshold;
    }

    /** The treaty's entry into force by the data as of {@link #to()} (projected if later), or null. */
    public LocalDate entryIntoForce() {
        return entryIntoForce;
    }
}
