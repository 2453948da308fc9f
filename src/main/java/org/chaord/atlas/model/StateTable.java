package org.chaord.atlas.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The table of every state and organisation acting in its own right on a day, by name. */
public final class StateTable {

    private StateTable() {
    }

    public static List<StateTableRow> rows(Atlas atlas, LocalDate day) {
        return atlas.countries().values().stream()
                .filter(c -> c.kind().actsInOwnRight())
                .sorted(Comparator.comparing(Country::name).thenComparing(Country::iso3))
                .map(c -> row(atlas, c, day)).toList();
    }

    static StateTableRow row(Atlas atlas, Country c, LocalDate day) {
        Map<TreatyId, TreatyStatus> statuses = new java.util.LinkedHashMap<>();
        for (TreatyId t : atlas.treatyIds()) {
            statuses.put(t, atlas.history().statusOn(c.iso3(), t, day));
        }
        return new StateTableRow(c.iso3(), c.name(), c.region() == null ? "" : c.region(),
                atlas.groupsOf(c.iso3(), day), statuses);
    }
}
