package org.chaord.atlas.model;

import java.util.List;
import java.util.Map;

/**
 * One line of the table of every state (and the EU) on a day: name, region, the groups it belongs to that day, and
 * its status under each treaty (class, day, approximate or computed, source row).
 */
public record StateTableRow(String iso3, String name, String region, List<String> groups,
                            Map<TreatyId, TreatyStatus> statuses) {

    public StateTableRow {
        groups = List.copyOf(groups);
        statuses = Map.copyOf(statuses);
    }

    public TreatyStatus status(TreatyId treaty) {
        return statuses.getOrDefault(treaty, TreatyStatus.NONE);
    }

    /**
     * The day of a status as its source gives it: {@code 2016-12-05}, {@code 2016-12}, {@code 2016}, or the source's
     * as-of day for an undated event; a computed entry into force is its computed day; empty for no status.
     */
    public String dateAsGiven(TreatyId treaty) {
        TreatyStatus s = status(treaty);
        if (s.since() == null) {
            return "";
        }
        boolean ownDate = !s.computed() && s.event() != null && s.event().date() != null;
        return ownDate ? s.event().date().toString() : s.since().toString();
    }
}
