package org.chaord.atlas.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything the atlas knows, immutable: treaties, countries, their history, groups and indicator datasets. */
public record Atlas(Map<TreatyId, Treaty> treaties, Map<String, Country> countries, MembershipHistory history,
                    List<GroupMembership> groups, List<IndicatorDataset> indicators, LocalDate dataAsOf) {

    public Atlas {
        // treaties keep the order of treaties.csv: it is the order of views, panels and counters
        treaties = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(treaties));
        countries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(countries));
        groups = List.copyOf(groups);
        indicators = List.copyOf(indicators);
    }

    /** The treaties' ids in the order of treaties.csv. */
    public List<TreatyId> treatyIds() {
        return List.copyOf(treaties.keySet());
    }

    /**
     * The views to offer: every treaty, then the default pair (UNCC × ETS185, when both are loaded) and the
     * "which framework binds whom" view. Any other pair can be asked for with {@link View#pair}.
     */
    public List<View> views() {
        List<View> views = new ArrayList<>();
        treaties.keySet().forEach(id -> views.add(View.of(id)));
        if (isKnown(View.COMPARISON)) {
            views.add(View.COMPARISON);
        }
        if (!treaties.isEmpty()) {
            views.add(View.FRAMEWORKS);
        }
        return views;
    }

    /** The pair view offered by default: UNCC × ETS185, else the first two treaties; null with fewer than two. */
    public View defaultPair() {
        if (isKnown(View.COMPARISON)) {
            return View.COMPARISON;
        }
        List<TreatyId> ids = treatyIds();
        return ids.size() < 2 ? null : View.pair(ids.get(0), ids.get(1));
    }

    /** The treaties a view is about that the data have: its treaty, a pair's two, the framework treaties. */
    public List<TreatyId> treatiesOf(View view) {
        List<TreatyId> ids = switch (view.kind()) {
            case TREATY -> List.of(view.treaty());
            case PAIR -> List.of(view.treaty(), view.second());
            case FRAMEWORKS -> treaties.values().stream().filter(Treaty::isFramework).map(Treaty::id).toList();
        };
        return ids.stream().filter(treaties::containsKey).toList();
    }

    /** Whether the data have every treaty the view names. */
    public boolean isKnown(View view) {
        return switch (view.kind()) {
            case TREATY -> treaties.containsKey(view.treaty());
            case PAIR -> treaties.containsKey(view.treaty()) && treaties.containsKey(view.second());
            case FRAMEWORKS -> true;
        };
    }

    /** The view itself, or an IllegalArgumentException naming the treaties the data have. */
    public View requireKnown(View view) {
        if (!isKnown(view)) {
            throw new IllegalArgumentException("unknown treaty in view '" + view.name() + "' (the data have "
                    + String.join(", ", treatyIds().stream().map(TreatyId::id).toList()) + ")");
        }
        return view;
    }

    /** The legend classes of a view, most engaged first (territories excluded); they follow from the data. */
    public List<StatusClass> classes(View view) {
        return switch (view.kind()) {
            case TREATY -> treaties.containsKey(view.treaty())
                    ? ViewClasses.forTreaty(treaties.get(view.treaty()), history)
                    : List.of(StatusClass.PARTY, StatusClass.RATIFIED, StatusClass.SIGNED, StatusClass.NONE);
            case PAIR -> StatusClass.PAIR;
            case FRAMEWORKS -> ViewClasses.frameworks(treaties.values(), history.frameworkClassesEver());
        };
    }

    /** Count per legend class on a day, over the states and organisations that act in their own right. */
    public Map<StatusClass, Integer> countsOn(View view, LocalDate day) {
        Map<StatusClass, Integer> counts = new EnumMap<>(StatusClass.class);
        classes(view).forEach(c -> counts.put(c, 0));
        classesOn(view, day).forEach((iso3, cls) -> {
            if (countries.get(iso3).kind().actsInOwnRight()) {
                counts.merge(cls, 1, Integer::sum);
            }
        });
        return counts;
    }

    /**
     * How many states and organisations acting in their own right are uncertain on a day (an undated event of theirs
     * may or may not have happened yet), per the class the map gives them.
     */
    public Map<StatusClass, Integer> uncertainCountsOn(View view, LocalDate day) {
        Map<StatusClass, Integer> counts = new EnumMap<>(StatusClass.class);
        classes(view).forEach(c -> counts.put(c, 0));
        for (String iso3 : history.uncertainOn(view, day)) {
            Country c = countries.get(iso3);
            if (c != null && c.kind().actsInOwnRight()) {
                counts.merge(history.classOn(iso3, view, day), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** The class of every country in a view on a day (the last answer is kept: map, legend and counts ask in turn). */
    public Map<String, StatusClass> classesOn(View view, LocalDate day) {
        return history.classesOn(view, day);
    }

    /** Groups a state belongs to on a day, e.g. "EU", "CoE". */
    public List<String> groupsOf(String iso3, LocalDate day) {
        return groups.stream().filter(g -> g.iso3().equals(iso3) && g.isMemberOn(day))
                .map(GroupMembership::group).distinct().toList();
    }
}
