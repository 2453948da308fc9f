package org.chaord.atlas.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.chaord.atlas.model.Fixtures.countries;
import static org.chaord.atlas.model.Fixtures.country;
import static org.chaord.atlas.model.Fixtures.d;
import static org.chaord.atlas.model.Fixtures.standardTreaties;
import static org.chaord.atlas.model.Fixtures.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StateTableTest {

    @Test
    void oneRowPerActingPartyWithEachTreatysStatusAndTheDateAsItsSourceGivesIt() {
        Map<String, Country> cs = countries(state("BBB"), state("AAA"), country("EUE", CountryKind.ORGANISATION),
                country("TER", CountryKind.TERRITORY));
        List<StatusEvent> events = List.of(
                Fixtures.event("AAA", TreatyId.ETS185, EventType.SIGNED, "2016-12"),
                Fixtures.undated("BBB", TreatyId.UNCC, EventType.SIGNED, "2026-02-10"),
                Fixtures.event("BBB", TreatyId.ETS185, EventType.RATIFIED, "2010-01-15"));
        Atlas atlas = new Atlas(standardTreaties(), cs, new MembershipHistory(standardTreaties(), cs, events),
                List.of(new GroupMembership("G20", "AAA", PartialDate.parse("1999"), null, "s")), List.of(), d("2026-08-02"));
        List<StateTableRow> rows = StateTable.rows(atlas, d("2026-06-01"));
        assertEquals(List.of("AAA", "BBB", "EUE"), rows.stream().map(StateTableRow::iso3).toList(), "by name; no territory");
        StateTableRow a = rows.get(0);
        assertEquals(List.of("G20"), a.groups());
        assertEquals(StatusClass.SIGNED, a.status(TreatyId.ETS185).statusClass());
        assertEquals("2016-12", a.dateAsGiven(TreatyId.ETS185), "month precision kept");
        assertTrue(a.status(TreatyId.ETS185).approximate());
        assertEquals("", a.dateAsGiven(TreatyId.UNCC));
        StateTableRow b = rows.get(1);
        assertEquals("2026-02-10", b.dateAsGiven(TreatyId.UNCC), "an undated event shows its source's as-of day");
        assertTrue(b.status(TreatyId.UNCC).approximate());
        assertEquals("2010-05-01", b.dateAsGiven(TreatyId.ETS185), "computed entry into force");
        assertTrue(b.status(TreatyId.ETS185).computed());
    }
}
