package org.chaord.atlas.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.TreeSet;

import static org.chaord.atlas.model.Fixtures.countries;
import static org.chaord.atlas.model.Fixtures.d;
import static org.chaord.atlas.model.Fixtures.event;
import static org.chaord.atlas.model.Fixtures.history;
import static org.chaord.atlas.model.Fixtures.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntryIntoForceRulesTest {

    @ParameterizedTest(name = "deposit {0} -> {1}")
    @CsvSource({
            "2004-03-18, 2004-07-01",
            "2004-04-01, 2004-08-01",
            "2004-03-31, 2004-07-01",
            "2004-11-30, 2005-03-01",
            "2003-11-30, 2004-03-01",
            "2004-12-31, 2005-04-01"})
    void councilOfEuropeFirstDayOfMonthAfterThreeMonths(String deposit, String expected) {
        assertEquals(d(expected), EntryIntoForceRules.councilOfEurope(d(deposit)));
    }

    @Test
    void stateDateIsNeverBeforeTheTreatysOwn() {
        assertEquals(d("2004-07-01"), Fixtures.COE_TERMS.forState(d("2003-01-01"), d("2004-07-01")));
        assertEquals(d("2006-05-01"), Fixtures.COE_TERMS.forState(d("2006-01-10"), d("2004-07-01")));
        assertEquals(d("2027-01-31"), Fixtures.UNCC_TERMS.forState(d("2027-01-01"), d("2026-09-08")));
        assertEquals(d("2026-09-08"), Fixtures.UNCC_TERMS.forState(d("2026-08-01"), d("2026-09-08")));
        assertNull(Fixtures.UNCC_TERMS.forState(d("2026-08-01"), null));
    }

    @Test
    void treatyDate() {
        assertEquals(d("2026-09-08"), Fixtures.UNCC_TERMS.forTreaty(d("2026-06-10")));
        assertEquals(d("2004-07-01"), Fixtures.COE_TERMS.forTreaty(d("2004-03-18")));
    }

    @Test
    void changeDaysIncludeEventsAndComputedEntriesIntoForce() {
        MembershipHistory h = history(countries(state("AAA")),
                List.of(event("AAA", TreatyId.ETS185, EventType.SIGNED, "2001-11-23"),
                        event("AAA", TreatyId.ETS185, EventType.RATIFIED, "2004-03-18"),
                        event("AAA", TreatyId.UNCC, EventType.SIGNED, "2025-10")));
        java.util.NavigableSet<java.time.LocalDate> budapest = h.changeDays(View.ETS185);
        assertEquals(List.of(d("2001-11-23"), d("2004-03-18"), d("2004-07-01")), List.copyOf(budapest));
        java.util.NavigableSet<java.time.LocalDate> comparison = h.changeDays(View.COMPARISON);
        assertTrue(comparison.contains(d("2025-10-31")));
        assertTrue(comparison.contains(d("2004-07-01")));
    }
}
