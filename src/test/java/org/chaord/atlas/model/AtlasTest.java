package org.chaord.atlas.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.chaord.atlas.model.EventType.RATIFIED;
import static org.chaord.atlas.model.EventType.SIGNED;
import static org.chaord.atlas.model.Fixtures.country;
import static org.chaord.atlas.model.Fixtures.countries;
import static org.chaord.atlas.model.Fixtures.d;
import static org.chaord.atlas.model.Fixtures.event;
import static org.chaord.atlas.model.Fixtures.standardTreaties;
import static org.chaord.atlas.model.Fixtures.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class AtlasTest {

    private static Atlas atlas() {
        Map<String, Country> cs = countries(state("AAA"), state("BBB"), state("CCC"), state("DDD"),
                country("EUE", CountryKind.ORGANISATION), country("TER", CountryKind.TERRITORY),
                country("DIS", CountryKind.DISPUTED));
        List<StatusEvent> events = List.of(
                event("AAA", TreatyId.UNCC, SIGNED, "2025-10-25"),
                event("BBB", TreatyId.UNCC, SIGNED, "2025-10-25"),
                event("EUE", TreatyId.UNCC, SIGNED, "2025-10-25"),
                event("CCC", TreatyId.UNCC, RATIFIED, "2026-02-01"),
                event("TER", TreatyId.UNCC, SIGNED, "2025-10-25"),
                event("AAA", TreatyId.ETS185, RATIFIED, "2004-03-18"),
                event("BBB", TreatyId.ETS185, SIGNED, "2001-11-23"));
        MembershipHistory h = new MembershipHistory(standardTreaties(), cs, events);
        return new Atlas(standardTreaties(), cs, h,
                List.of(new GroupMembership("EU", "AAA", PartialDate.parse("1958-01-01"), null, "s"),
                        new GroupMembership("G7", "AAA", PartialDate.parse("1975"), PartialDate.parse("1990-06-01"), "s")),
                List.of(), d("2026-11-28"));
    }

    @Test
    void countsIncludeTheEuAndExcludeTerritories() {
        Map<StatusClass, Integer> counts = atlas().countsOn(View.UNCC, d("2026-06-01"));
        assertEquals(0, counts.get(StatusClass.PARTY));
        assertEquals(1, counts.get(StatusClass.RATIFIED));
        assertEquals(3, counts.get(StatusClass.SIGNED)); // AAA, BBB and the EU; not the territory
        assertEquals(1, counts.get(StatusClass.NONE)); // DDD
        assertFalse(counts.containsKey(StatusClass.NOT_IN_OWN_RIGHT));
        assertEquals(5, counts.values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void countsListEveryLegendClassEvenWhenEmpty() {
        Map<StatusClass, Integer> counts = atlas().countsOn(View.UNCC, d("2020-01-01"));
        assertEquals(Map.of(StatusClass.PARTY, 0, StatusClass.RATIFIED, 0, StatusClass.SIGNED, 0,
                StatusClass.NONE, 5), counts);
    }

    @Test
    void comparisonCounts() {
        Map<StatusClass, Integer> counts = atlas().countsOn(View.COMPARISON, d("2026-06-01"));
        assertEquals(2, counts.get(StatusClass.BOTH_SIGNED)); // AAA (UN signed + Budapest party), BBB (both signed)
        assertEquals(1, counts.get(StatusClass.FIRST_ONLY_SIGNED)); // the EU
        assertEquals(1, counts.get(StatusClass.FIRST_ONLY_BOUND)); // CCC
        assertEquals(1, counts.get(StatusClass.NEITHER)); // DDD
        assertEquals(0, counts.get(StatusClass.BOTH_BOUND));
    }

    @Test
    void groupsOnADay() {
        Atlas a = atlas();
        assertEquals(List.of("EU"), a.groupsOf("AAA", d("1960-01-01")));
        assertEquals(List.of("EU", "G7"), a.groupsOf("AAA", d("1980-01-01")));
        assertEquals(List.of("EU"), a.groupsOf("AAA", d("1990-06-01")));
        assertEquals(List.of(), a.groupsOf("BBB", d("1990-06-01")));
    }
}
