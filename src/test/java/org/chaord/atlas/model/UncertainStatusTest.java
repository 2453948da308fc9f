package org.chaord.atlas.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.chaord.atlas.model.Fixtures.countries;
import static org.chaord.atlas.model.Fixtures.d;
import static org.chaord.atlas.model.Fixtures.event;
import static org.chaord.atlas.model.Fixtures.history;
import static org.chaord.atlas.model.Fixtures.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An undated event between not_before and known_by: the status is uncertain exactly where the interval can change it. */
class UncertainStatusTest {

    private static StatusEvent bounded(String iso3, TreatyId treaty, EventType type, String notBefore, String knownBy) {
        return new StatusEvent(iso3, treaty, type, null, d(knownBy), "test source", "", d(notBefore));
    }

    private static MembershipHistory of(StatusEvent... events) {
        return history(countries(state("AAA"), state("BBB"), state("CCC")), List.of(events));
    }

    @Test
    void uncertainFromNotBeforeUpToTheDayBeforeKnownBy() {
        MembershipHistory h = of(bounded("AAA", TreatyId.UNCC, EventType.SIGNED, "2008-04-10", "2017-07-15"));
        assertFalse(h.isUncertain("AAA", View.UNCC, d("2008-04-09")));
        assertTrue(h.isUncertain("AAA", View.UNCC, d("2008-04-10")));
        assertTrue(h.isUncertain("AAA", View.UNCC, d("2017-07-14")));
        assertFalse(h.isUncertain("AAA", View.UNCC, d("2017-07-15")));
        assertTrue(h.isUncertain("AAA", TreatyId.UNCC, d("2012-01-01")));
        // the status rules still show the event from known_by
        assertEquals(StatusClass.NONE, h.statusOn("AAA", TreatyId.UNCC, d("2017-07-14")).statusClass());
        assertEquals(StatusClass.SIGNED, h.statusOn("AAA", TreatyId.UNCC, d("2017-07-15")).statusClass());
    }

    @Test
    void theEventItselfKnowsItsInterval() {
        StatusEvent e = bounded("AAA", TreatyId.UNCC, EventType.SIGNED, "2008-04-10", "2017-07-15");
        assertFalse(e.isUncertainOn(d("2008-04-09")));
        assertTrue(e.isUncertainOn(d("2008-04-10")));
        assertFalse(e.isUncertainOn(d("2017-07-15")));
        assertFalse(event("AAA", TreatyId.UNCC, EventType.SIGNED, "2016-12").isUncertainOn(d("2016-12-15")));
    }

    @Test
    void anIntervalThatCannotChangeTheClassIsNotUncertain() {
        MembershipHistory h = of(event("AAA", TreatyId.UNCC, EventType.RATIFIED, "2005-01-10"),
                bounded("AAA", TreatyId.UNCC, EventType.SIGNED, "2008-04-10", "2017-07-15"));
        assertFalse(h.isUncertain("AAA", View.UNCC, d("2010-01-01")), "already ratified: the signature's day changes nothing");
    }

    @Test
    void anUncertainDepositLeavesEntryIntoForceUncertainUntilTheLatestCaseReachesIt() {
        // deposit between 2009-02-01 and 2010-01-01: in force by the rule between 2009-06-01 and 2010-05-01
        MembershipHistory h = of(bounded("BBB", TreatyId.ETS185, EventType.RATIFIED, "2009-02-01", "2010-01-01"));
        assertFalse(h.isUncertain("BBB", View.ETS185, d("2009-01-31")));
        assertTrue(h.isUncertain("BBB", View.ETS185, d("2009-02-01")));
        assertTrue(h.isUncertain("BBB", View.ETS185, d("2010-04-30")), "Party at the earliest, ratified at the latest");
        assertFalse(h.isUncertain("BBB", View.ETS185, d("2010-05-01")));
    }

    @Test
    void theComparisonViewIsUncertainWhenEitherTreatyIs() {
        MembershipHistory h = of(event("CCC", TreatyId.ETS185, EventType.SIGNED, "2001-11-23"),
                bounded("CCC", TreatyId.UNCC, EventType.SIGNED, "2025-10-25", "2026-02-10"));
        assertTrue(h.isUncertain("CCC", View.COMPARISON, d("2025-12-01")));
        assertFalse(h.isUncertain("CCC", View.COMPARISON, d("2026-02-10")));
        assertFalse(h.isUncertain("CCC", View.ETS185, d("2025-12-01")));
    }

    @Test
    void countsOfUncertainCountriesPerViewAndDay() {
        MembershipHistory h = of(bounded("AAA", TreatyId.UNCC, EventType.SIGNED, "2025-10-25", "2026-02-10"),
                bounded("BBB", TreatyId.UNCC, EventType.SIGNED, "2025-11-01", "2026-03-01"),
                event("CCC", TreatyId.UNCC, EventType.SIGNED, "2025-10-25"));
        Atlas atlas = new Atlas(Fixtures.standardTreaties(), countries(state("AAA"), state("BBB"), state("CCC")), h,
                List.of(), List.of(), d("2026-05-01"));
        assertEquals(Set.of("AAA"), h.uncertainOn(View.UNCC, d("2025-10-31")));
        assertEquals(Set.of("AAA", "BBB"), h.uncertainOn(View.UNCC, d("2026-01-01")));
        Map<StatusClass, Integer> counts = atlas.uncertainCountsOn(View.UNCC, d("2026-01-01"));
        assertEquals(2, counts.get(StatusClass.NONE), "shown as no action, but may have signed");
        assertEquals(0, counts.get(StatusClass.SIGNED));
        assertEquals(1, atlas.uncertainCountsOn(View.UNCC, d("2026-02-10")).get(StatusClass.NONE));
        assertEquals(0, atlas.uncertainCountsOn(View.UNCC, d("2026-03-01")).values().stream().mapToInt(i -> i).sum());
    }

    @Test
    void notBeforeBelongsToUndatedEventsAndComesNoLaterThanKnownBy() {
        assertThrows(IllegalArgumentException.class, () -> new StatusEvent("AAA", TreatyId.UNCC, EventType.SIGNED,
                PartialDate.parse("2017-07"), null, "s", "", d("2008-04-10")));
        assertThrows(IllegalArgumentException.class, () -> new StatusEvent("AAA", TreatyId.UNCC, EventType.SIGNED,
                null, d("2017-07-15"), "s", "", d("2017-07-16")));
        LocalDate sameDay = d("2017-07-15");
        assertFalse(new StatusEvent("AAA", TreatyId.UNCC, EventType.SIGNED, null, sameDay, "s", "", sameDay)
                .isUncertainOn(sameDay));
    }
}
