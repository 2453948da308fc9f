package org.chaord.atlas.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Every state's events per treaty, and the rules that turn them into a status on a given day (DESIGN.md "Status at a
 * date"). Immutable once built; all queries are pure functions of (state, treaty, day).
 */
public final class MembershipHistory {

    private final Map<TreatyId, Treaty> treaties;
    private final Map<String, Country> countries;
    private final Map<String, Map<TreatyId, List<StatusEvent>>> eventsByState = new HashMap<>();
    private final Map<TreatyId, LocalDate> treatyInForce = new HashMap<>();
    /** The kinds of event each treaty has at all: legends ask on every composed frame, so not a scan each time. */
    private final Map<TreatyId, java.util.Set<EventType>> eventTypes = new HashMap<>();
    private volatile ClassesOnDay lastClasses;
    private volatile java.util.Set<StatusClass> frameworkClassesEver;
    private final Map<View, java.util.NavigableSet<LocalDate>> changeDays = new java.util.concurrent.ConcurrentHashMap<>();
    /** States with an undated event bounded by not_before: the only ones whose status can be uncertain. */
    private final java.util.Set<String> bounded = new java.util.HashSet<>();
    private volatile MembershipHistory earliestCase;

    private record ClassesOnDay(View view, LocalDate day, Map<String, StatusClass> classes) {
    }

    public MembershipHistory(Map<TreatyId, Treaty> treaties, Map<String, Country> countries, List<StatusEvent> events) {
        this.treaties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(treaties));
        this.countries = Map.copyOf(countries);
        Comparator<StatusEvent> byDay = Comparator.comparing(StatusEvent::effectiveDate);
        for (StatusEvent e : events) {
            if (e.notBefore() != null) {
                bounded.add(e.iso3());
            }
            eventsByState.computeIfAbsent(e.iso3(), k -> new HashMap<>())
                    .computeIfAbsent(e.treaty(), k -> new ArrayList<>()).add(e);
            eventTypes.computeIfAbsent(e.treaty(), k -> java.util.EnumSet.noneOf(EventType.class)).add(e.type());
        }
        eventsByState.values().forEach(m -> m.values().forEach(list -> list.sort(byDay)));
        for (TreatyId id : this.treaties.keySet()) {
            LocalDate inForce = computeTreatyInForce(id);
            if (inForce != null) {
                treatyInForce.put(id, inForce);
            }
        }
    }

    /** Whether any state has an event of this type under the treaty (legends show invited/observer only then). */
    public boolean hasEvent(TreatyId treaty, EventType type) {
        return eventTypes.getOrDefault(treaty, java.util.Set.of()).contains(type);
    }

    /** The treaties, in the order of treaties.csv. */
    public Map<TreatyId, Treaty> treaties() {
        return treaties;
    }

    /** The events of one state under one treaty, oldest first. */
    public List<StatusEvent> events(String iso3, TreatyId treaty) {
        return List.copyOf(eventsByState.getOrDefault(iso3, Map.of()).getOrDefault(treaty, List.of()));
    }

    /** Day the treaty itself entered (or, by the data, will enter) into force; null if not enough instruments. */
    public LocalDate treatyInForce(TreatyId treaty) {
        return treatyInForce.get(treaty);
    }

    private LocalDate computeTreatyInForce(TreatyId id) {
        return progressOn(id, LocalDate.MAX).entryIntoForce();
    }

    /** Instruments counted on a day, and the entry into force they bring if enough. */
    public EntryIntoForceProgress progressOn(TreatyId treaty, LocalDate day) {
        Treaty t = treaties.get(treaty);
        if (t == null) {
            return new EntryIntoForceProgress(0, 0, null);
        }
        int needed = t.terms().instruments();
        List<LocalDate> deposits = CountedDeposits.by(t, day, eventsByState, countries);
        LocalDate inForce = t.enteredIntoForce() != null ? t.enteredIntoForce()
                : needed > 0 && deposits.size() >= needed ? t.terms().forTreaty(deposits.get(needed - 1)) : null;
        return new EntryIntoForceProgress(deposits.size(), needed, inForce);
    }

    /** The status of a state (or the EU) under one treaty on a day. */
    public TreatyStatus statusOn(String iso3, TreatyId treaty, LocalDate day) {
        Country country = countries.get(iso3);
        if (country != null && !country.kind().actsInOwnRight()) {
            return TreatyStatus.NOT_IN_OWN_RIGHT;
        }
        List<StatusEvent> all = eventsByState.getOrDefault(iso3, Map.of()).getOrDefault(treaty, List.of());
        StatusEvent consent = null, signed = null, invited = null, observer = null, denounced = null, stated = null;
        for (StatusEvent e : all) {
            if (e.type() == EventType.ENTERED_INTO_FORCE) {
                stated = stated == null ? e : stated; // a stated entry into force counts even when not yet reached
            }
            if (e.effectiveDate().isAfter(day)) {
                continue;
            }
            switch (e.type()) {
                case SIGNED -> signed = e;
                case INVITED -> invited = e;
                case OBSERVER -> observer = e;
                case DENOUNCED -> denounced = e;
                case ENTERED_INTO_FORCE -> { }
                default -> consent = consent == null ? e : consent;
            }
        }
        if (denounced != null) {
            return new TreatyStatus(StatusClass.DENOUNCED, denounced.effectiveDate(), denounced.isApproximate(), false, denounced);
        }
        TreatyStatus bound = boundStatus(treaty, day, consent, stated);
        if (bound != null) {
            return bound;
        }
        for (StatusEvent e : new StatusEvent[] {signed, invited, observer}) {
            if (e != null) {
                StatusClass cls = e.type() == EventType.SIGNED ? StatusClass.SIGNED
                        : e.type() == EventType.INVITED ? StatusClass.INVITED : StatusClass.OBSERVER;
                return new TreatyStatus(cls, e.effectiveDate(), e.isApproximate(), false, e);
            }
        }
        return TreatyStatus.NONE;
    }

    private TreatyStatus boundStatus(TreatyId treaty, LocalDate day, StatusEvent consent, StatusEvent stated) {
        if (stated != null && !stated.effectiveDate().isAfter(day)) {
            return new TreatyStatus(StatusClass.PARTY, stated.effectiveDate(), stated.isApproximate(), false, stated);
        }
        if (consent == null) {
            return null;
        }
        if (stated == null) {
            LocalDate computed = computedEntryIntoForce(treaty, consent.effectiveDate());
            if (computed != null && !computed.isAfter(day)) {
                return new TreatyStatus(StatusClass.PARTY, computed, consent.isApproximate(), true, consent);
            }
        }
        return new TreatyStatus(StatusClass.RATIFIED, consent.effectiveDate(), consent.isApproximate(), false, consent);
    }

    /** A state's own entry into force from its deposit by the treaty's terms; null while the treaty is not in force. */
    private LocalDate computedEntryIntoForce(TreatyId id, LocalDate deposit) {
        Treaty t = treaties.get(id);
        return t == null ? null : t.terms().forState(deposit, treatyInForce.get(id));
    }

    /** The legend class of a state in a view on a day. */
    public StatusClass classOn(String iso3, View view, LocalDate day) {
        return switch (view.kind()) {
            case TREATY -> statusOn(iso3, view.treaty(), day).statusClass();
            case PAIR -> ViewClasses.pair(statusOn(iso3, view.treaty(), day).statusClass(),
                    statusOn(iso3, view.second(), day).statusClass());
            case FRAMEWORKS -> frameworkClass(iso3, day);
        };
    }

    private StatusClass frameworkClass(String iso3, LocalDate day) {
        Country country = countries.get(iso3);
        if (country != null && !country.kind().actsInOwnRight()) {
            return StatusClass.NOT_IN_OWN_RIGHT;
        }
        boolean un = false, budapest = false, regional = false;
        for (Treaty t : treaties.values()) {
            if (t.isFramework() && statusOn(iso3, t.id(), day).statusClass().isBound()) {
                un |= t.family() == TreatyFamily.UN;
                budapest |= t.family() == TreatyFamily.COE;
                regional |= t.family().isRegional();
            }
        }
        return StatusClass.framework(un, budapest, regional);
    }

    /**
     * The framework classes some state is in on some day (the framework legend lists only these: a map can show
     * at most eight greys apart, and a combination no state has ever had would only be noise).
     */
    public java.util.Set<StatusClass> frameworkClassesEver() {
        java.util.Set<StatusClass> ever = frameworkClassesEver;
        if (ever == null) {
            ever = java.util.EnumSet.noneOf(StatusClass.class);
            // a state's class can change only on its own event days, its computed entries into force and the
            // treaties' own: asking there is enough (and some hundred times cheaper than every change day of all)
            java.util.Set<LocalDate> treatyDays = new java.util.HashSet<>(treatyInForce.values());
            for (String iso3 : countries.keySet()) {
                java.util.Set<LocalDate> days = new java.util.HashSet<>(treatyDays);
                eventsByState.getOrDefault(iso3, Map.of()).forEach((id, list) -> list.forEach(e -> {
                    days.add(e.effectiveDate());
                    LocalDate eif = e.type().isConsentToBeBound() ? computedEntryIntoForce(id, e.effectiveDate()) : null;
                    if (eif != null) {
                        days.add(eif);
                    }
                }));
                for (LocalDate day : days) {
                    ever.add(frameworkClass(iso3, day));
                }
            }
            ever.remove(StatusClass.NOT_IN_OWN_RIGHT);
            frameworkClassesEver = ever = java.util.Collections.unmodifiableSet(ever);
        }
        return ever;
    }

    /** The class of every known country in a view on a day; the last answer is kept for the next caller. */
    public Map<String, StatusClass> classesOn(View view, LocalDate day) {
        ClassesOnDay last = lastClasses;
        if (last != null && last.view().equals(view) && last.day().equals(day)) {
            return last.classes();
        }
        Map<String, StatusClass> classes = new HashMap<>();
        for (String iso3 : countries.keySet()) {
            classes.put(iso3, classOn(iso3, view, day));
        }
        Map<String, StatusClass> result = java.util.Collections.unmodifiableMap(classes);
        lastClasses = new ClassesOnDay(view, day, result);
        return result;
    }

    /** Days on which something visible may change in a view: events and (computed) entries into force. */
    public java.util.NavigableSet<LocalDate> changeDays(View view) {
        return changeDays.computeIfAbsent(view, this::computeChangeDays);
    }

    private java.util.NavigableSet<LocalDate> computeChangeDays(View view) {
        TreeSet<LocalDate> days = new TreeSet<>();
        List<TreatyId> ids = switch (view.kind()) {
            case TREATY -> List.of(view.treaty());
            case PAIR -> List.of(view.treaty(), view.second());
            case FRAMEWORKS -> treaties.values().stream().filter(Treaty::isFramework).map(Treaty::id).toList();
        };
        for (Map<TreatyId, List<StatusEvent>> byTreaty : eventsByState.values()) {
            for (TreatyId id : ids) {
                for (StatusEvent e : byTreaty.getOrDefault(id, List.of())) {
                    days.add(e.effectiveDate());
                    if (e.type().isConsentToBeBound()) {
                        LocalDate eif = computedEntryIntoForce(id, e.effectiveDate());
                        if (eif != null) {
                            days.add(eif);
                        }
                    }
                }
            }
        }
        return java.util.Collections.unmodifiableNavigableSet(days);
    }

    /**
     * True when the class of a state in a view on a day depends on when, inside its [not_before, known_by] interval,
     * an undated event happened: the class differs between "as early as possible" and "as late as possible" (the
     * status rules' own reading, from known_by).
     */
    public boolean isUncertain(String iso3, View view, LocalDate day) {
        return bounded.contains(iso3) && earliestCase().classOn(iso3, view, day) != classOn(iso3, view, day);
    }

    /** The same question for one treaty. */
    public boolean isUncertain(String iso3, TreatyId treaty, LocalDate day) {
        return bounded.contains(iso3)
                && earliestCase().statusOn(iso3, treaty, day).statusClass() != statusOn(iso3, treaty, day).statusClass();
    }

    /** Every state whose class in a view is uncertain on a day (see {@link #isUncertain(String, View, LocalDate)}). */
    public java.util.Set<String> uncertainOn(View view, LocalDate day) {
        java.util.Set<String> uncertain = new java.util.TreeSet<>();
        for (String iso3 : bounded) {
            if (isUncertain(iso3, view, day)) {
                uncertain.add(iso3);
            }
        }
        return java.util.Collections.unmodifiableSet(uncertain);
    }

    /** The history as if each bounded event had happened on its not_before day; built once, when first asked. */
    private MembershipHistory earliestCase() {
        MembershipHistory earliest = earliestCase;
        if (earliest == null) {
            List<StatusEvent> moved = new ArrayList<>();
            eventsByState.values().forEach(m -> m.values().forEach(list -> list.forEach(e -> moved.add(e.atEarliest()))));
            earliest = new MembershipHistory(treaties, countries, moved);
            earliestCase = earliest;
        }
        return earliest;
    }
}
