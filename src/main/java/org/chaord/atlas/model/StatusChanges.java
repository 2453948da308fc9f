package org.chaord.atlas.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What changed in a view between two dates: the change class of every country, the list of states and
 * organisations whose legend class differs (with the decisive events), and a count per change class over those that
 * act in their own right (as {@link Atlas#countsOn} counts). From after To is swapped, and {@link #swapped()} says so.
 * Immutable; {@link #withTo} recomputes only the To side, as dragging the To date does.
 */
public final class StatusChanges {

    private final Atlas atlas;
    private final View view;
    private final LocalDate from;
    private final LocalDate to;
    private final boolean swapped;
    private final Map<String, StatusClass> fromClasses;
    private final Map<String, ChangeClass> classes;
    private final List<StateChange> changes;
    private final Map<ChangeClass, Integer> counts;

    private StatusChanges(Atlas atlas, View view, LocalDate from, LocalDate to, boolean swapped,
                          Map<String, StatusClass> fromClasses) {
        this.atlas = atlas;
        this.view = view;
        this.from = from;
        this.to = to;
        this.swapped = swapped;
        this.fromClasses = fromClasses;
        Map<String, StatusClass> toClasses = atlas.history().classesOn(view, to);
        Map<String, ChangeClass> byCountry = new HashMap<>();
        List<StateChange> changed = new ArrayList<>();
        Map<ChangeClass, Integer> n = new EnumMap<>(ChangeClass.class);
        ChangeClass.LEGEND.forEach(c -> n.put(c, 0));
        for (Country c : atlas.countries().values()) {
            StatusClass a = fromClasses.get(c.iso3());
            StatusClass b = toClasses.get(c.iso3());
            ChangeClass change = a == b ? ChangeClass.UNCHANGED : describe(c.iso3(), changed, a, b);
            byCountry.put(c.iso3(), change);
            if (c.kind().actsInOwnRight()) {
                n.merge(change, 1, Integer::sum);
            }
        }
        changed.sort(Comparator.comparing(StateChange::iso3));
        this.classes = Collections.unmodifiableMap(byCountry);
        this.changes = List.copyOf(changed);
        this.counts = Collections.unmodifiableMap(n);
    }

    /** The changes in {@code view} from {@code d1} to {@code d2}; if {@code d1} is after {@code d2} they are swapped. */
    public static StatusChanges between(Atlas atlas, View view, LocalDate d1, LocalDate d2) {
        boolean swap = d1.isAfter(d2);
        LocalDate from = swap ? d2 : d1;
        LocalDate to = swap ? d1 : d2;
        return new StatusChanges(atlas, view, from, to, swap, Map.copyOf(atlas.history().classesOn(view, from)));
    }

    /** The same From with a new To, reusing the From classes; a To before From swaps as {@link #between} does. */
    public StatusChanges withTo(LocalDate newTo) {
        if (swapped || newTo.isBefore(from)) {
            return between(atlas, view, swapped ? to : from, newTo);
        }
        return new StatusChanges(atlas, view, from, newTo, false, fromClasses);
    }

    /** Countries whose change class differs from {@code previous}'s: all a repaint needs to touch. */
    public Set<String> movedSince(StatusChanges previous) {
        Set<String> moved = new HashSet<>();
        classes.forEach((iso3, c) -> {
            if (previous == null || previous.classes.get(iso3) != c) {
                moved.add(iso3);
            }
        });
        return moved;
    }

    private ChangeClass describe(String iso3, List<StateChange> changed, StatusClass a, StatusClass b) {
        MembershipHistory h = atlas.history();
        List<TreatyId> treaties = treatiesOf(atlas, view);
        ChangeClass change = ChangeClass.UNCHANGED;
        TreatyStatus decisive = null;
        List<StatusEvent> between = new ArrayList<>();
        for (TreatyId t : treaties) {
            TreatyStatus before = h.statusOn(iso3, t, from);
            TreatyStatus after = h.statusOn(iso3, t, to);
            ChangeClass c = ChangeClass.of(before.statusClass(), after.statusClass());
            if (c != ChangeClass.UNCHANGED && change.strongest(c) == c) {
                decisive = after; // the status under the treaty whose change the map shows
            }
            change = change.strongest(c);
            h.events(iso3, t).stream().filter(e -> e.effectiveDate().isAfter(from) && !e.effectiveDate().isAfter(to))
                    .forEach(between::add);
        }
        if (change == ChangeClass.UNCHANGED) { // the view's class moved though no treaty's did: cannot happen today
            change = ChangeClass.OTHER;
        }
        between.sort(Comparator.comparing(StatusEvent::effectiveDate));
        StateChange sc = new StateChange(iso3, a, b, change, decisive == null ? TreatyStatus.NONE : decisive, between);
        changed.add(sc);
        return change;
    }

    /** The treaties a view shades: its treaty, its pair, or the framework treaties. */
    public static List<TreatyId> treatiesOf(Atlas atlas, View view) {
        return switch (view.kind()) {
            case TREATY -> List.of(view.treaty());
            case PAIR -> List.of(view.treaty(), view.second());
            case FRAMEWORKS -> atlas.treaties().values().stream().filter(Treaty::isFramework).map(Treaty::id).toList();
        };
    }

    public View view() {
        return view;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    /** True when the dates were given the wrong way round and were swapped. */
    public boolean swapped() {
        return swapped;
    }

    /** The change class of every known country (territories: UNCHANGED, they never act). */
    public Map<String, ChangeClass> classes() {
        return classes;
    }

    public ChangeClass classOf(String iso3) {
        return classes.getOrDefault(iso3, ChangeClass.UNCHANGED);
    }

    /** Every country whose legend class differs between From and To, by ISO3 code. */
    public List<StateChange> changes() {
        return changes;
    }

    /** The change of one country (what its panel lists), if its class differs. */
    public java.util.Optional<StateChange> changeOf(String iso3) {
        return changes.stream().filter(c -> c.iso3().equals(iso3)).findFirst();
    }

    /** The count per change class over the states and organisations acting in their own right; every class present. */
    public Map<ChangeClass, Integer> counts() {
        return counts;
    }
}
