package org.chaord.atlas.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.chaord.atlas.model.Fixtures.d;
import static org.chaord.atlas.model.Fixtures.standardTreaties;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Once the data hold 40 instruments the UN Convention's chart carries its (projected) entry into force. */
class PartiesOverTimeProjectionTest {

    private static Atlas atlasWithRatifications(int n) {
        Map<String, Country> cs = new LinkedHashMap<>();
        List<StatusEvent> events = new ArrayList<>();
        cs.put("EUE", Fixtures.country("EUE", CountryKind.ORGANISATION));
        events.add(Fixtures.event("EUE", TreatyId.UNCC, EventType.APPROVED, "2026-01-01"));
        for (int i = 0; i < n; i++) {
            String iso3 = String.format("S%02d", i);
            cs.put(iso3, Fixtures.state(iso3));
            events.add(Fixtures.event(iso3, TreatyId.UNCC, EventType.RATIFIED, d("2026-01-01").plusDays(i).toString()));
        }
        return new Atlas(standardTreaties(), cs, new MembershipHistory(standardTreaties(), cs, events), List.of(),
                List.of(), d("2026-12-31"));
    }

    @Test
    void theFortiethStateInstrumentProjectsEntryIntoForceNinetyDaysLater() {
        Atlas atlas = atlasWithRatifications(40);
        LocalDate fortieth = d("2026-01-01").plusDays(39);
        PartiesOverTime chart = PartiesOverTime.of(atlas, TreatyId.UNCC, d("2025-01-01"), d("2026-12-31"));
        assertEquals(40, chart.threshold());
        assertEquals(fortieth.plusDays(90), chart.entryIntoForce(), "art. 65(1), the EU's approval not counted");
        assertEquals(0, chart.countOn(PartiesSeries.IN_FORCE, fortieth.plusDays(89)));
        assertEquals(41, chart.countOn(PartiesSeries.IN_FORCE, fortieth.plusDays(90)), "the 40 states and the EU");
        assertEquals(41, chart.countOn(PartiesSeries.BOUND, fortieth));
    }

    @Test
    void thirtyNineInstrumentsProjectNothing() {
        PartiesOverTime chart = PartiesOverTime.of(atlasWithRatifications(39), TreatyId.UNCC, d("2025-01-01"), d("2026-12-31"));
        assertNull(chart.entryIntoForce(), "39 states and the EU are not 40 instruments");
        assertEquals(0, chart.countOn(PartiesSeries.IN_FORCE, d("2026-12-31")));
    }
}
