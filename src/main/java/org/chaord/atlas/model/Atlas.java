package org.chaord.atlas.model;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything the atlas knows, immutable: treaties, countries, their history, groups and indicator datasets. */
public record Atlas(Map<TreatyId, Treaty> treaties, Map<String, Country> countries, MembershipHistory history,
                    List<GroupMembership> groups, List<IndicatorDataset> indicators, LocalDate dataAsOf) {

    public Atlas {
        treaties = Map.copyOf(treaties);
        countries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(countries));
        groups = List.copyOf(groups);
        indicators = List.copyOf(indicators);
    }

    /** Count per legend class on a day, over the states and organisations that act in their own right. */
    public Map<StatusClass, Integer> countsOn(View view, LocalDate day) {
        Map<StatusClass, Integer> counts = new EnumMap<>(StatusClass.class);
        view.classes().forEach(c -> counts.put(c, 0));
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
        view.classes().forEach(c -> counts.put(c, 0));
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
