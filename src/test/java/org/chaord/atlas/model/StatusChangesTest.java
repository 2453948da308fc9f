package org.chaord.atlas.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.chaord.atlas.model.EventType.DENOUNCED;
import static org.chaord.atlas.model.EventType.INVITED;
import static org.chaord.atlas.model.EventType.RATIFIED;
import static org.chaord.atlas.model.EventType.SIGNED;
import static org.chaord.atlas.model.Fixtures.countries;
import static org.chaord.atlas.model.Fixtures.country;
import static org.chaord.atlas.model.Fixtures.d;
import static org.chaord.atlas.model.Fixtures.event;
import static org.chaord.atlas.model.Fixtures.standardTreaties;
import static org.chaord.atlas.model.Fixtures.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatusChangesTest {

    private static Atlas atlas() {
        Map<String, Country> cs = countries(state("SIG"), state("RAT"), state("PAR"), state("DEN"), state("INV"),
                state("OLD"), state("NON"), country("EUE", CountryKind.ORGANISATION), country("TER", CountryKind.TERRITORY));
        List<StatusEvent> events = List.of(
                event("SIG", TreatyId.UNCC, SIGNED, "2025-10-25"),
                event("EUE", TreatyId.UNCC, SIGNED, "2025-10-25"),
                event("TER", TreatyId.UNCC, SIGNED, "2025-10-25"),
                event("RAT", TreatyId.UNCC, SIGNED, "2025-10-25"),
                event("RAT", TreatyId.UNCC, RATIFIED, "2026-02-01"),
                event("OLD", TreatyId.UNCC, SIGNED, "2025-10-25"),
                event("PAR", TreatyId.ETS185, RATIFIED, "2010-01-15"),   // in force 2010-05-01 by the CoE rule
                event("DEN", TreatyId.ETS185, RATIFIED, "2005-01-10"),
                event("DEN", TreatyId.ETS185, DENOUNCED, "2010-03-01"),
                event("INV", TreatyId.ETS185, INVITED, "2010-02-01"),
                event("OLD", TreatyId.ETS185, SIGNED, "2001-11-23"));
        return new Atlas(standardTreaties(), cs, new MembershipHistory(standardTreaties(), cs, events), List.of(),
                List.of(), d("2026-11-28"));
    }

    @Test
    void classifiesEveryKindOfMoveAndListsOnlyWhatChanged() {
        StatusChanges c = StatusChanges.between(atlas(), View.ETS185, d("2010-01-01"), d("2010-06-01"));
        assertEquals(ChangeClass.ENTERED_INTO_FORCE, c.classOf("PAR"));
        assertEquals(ChangeClass.LEFT, c.classOf("DEN"));
        assertEquals(ChangeClass.OTHER, c.classOf("INV"));
        assertEquals(ChangeClass.UNCHANGED, c.classOf("OLD"));
        assertEquals(List.of("DEN", "INV", "PAR"), c.changes().stream().map(StateChange::iso3).toList());
        StateChange par = c.changes().get(2);
        assertEquals(StatusClass.NONE, par.fromClass());
        assertEquals(StatusClass.PARTY, par.toClass());
        assertEquals(d("2010-05-01"), par.date(), "the computed entry into force is the decisive day");
        assertTrue(par.decisive().computed());
        assertEquals("test source", par.source());
        assertEquals(1, par.events().size(), "the ratification took effect in between");
        assertEquals(d("2010-03-01"), c.changes().get(0).date());
        assertEquals(par, c.changeOf("PAR").orElseThrow());
        assertTrue(c.changeOf("OLD").isEmpty(), "an unchanged state has no change to list");
    }

    @Test
    void countsCoverStatesAndTheEuButNotTerritories() {
        StatusChanges c = StatusChanges.between(atlas(), View.UNCC, d("2025-10-24"), d("2025-10-27"));
        assertEquals(4, c.counts().get(ChangeClass.NEWLY_SIGNED)); // SIG, RAT, OLD and the EU; not TER
        assertEquals(4, c.counts().get(ChangeClass.UNCHANGED)); // PAR, DEN, INV, NON
        assertEquals(0, c.counts().get(ChangeClass.LEFT));
        assertEquals(8, c.counts().values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(ChangeClass.UNCHANGED, c.classOf("TER"));
        assertTrue(c.changes().stream().anyMatch(s -> s.iso3().equals("EUE")));
    }

    @Test
    void signedAndRatifiedInBetweenIsNewlyBound() {
        StatusChanges c = StatusChanges.between(atlas(), View.UNCC, d("2025-10-24"), d("2026-03-01"));
        assertEquals(ChangeClass.NEWLY_BOUND, c.classOf("RAT"));
        assertEquals(2, c.changes().stream().filter(s -> s.iso3().equals("RAT")).findFirst().orElseThrow().events().size());
    }

    @Test
    void fromAfterToIsSwappedAndSaidSo() {
        StatusChanges right = StatusChanges.between(atlas(), View.UNCC, d("2025-10-24"), d("2025-10-27"));
        StatusChanges wrong = StatusChanges.between(atlas(), View.UNCC, d("2025-10-27"), d("2025-10-24"));
        assertTrue(wrong.swapped());
        assertFalse(right.swapped());
        assertEquals(d("2025-10-24"), wrong.from());
        assertEquals(right.classes(), wrong.classes());
        assertEquals(right.counts(), wrong.counts());
    }

    @Test
    void movingToRecomputesLikeAFreshComparisonAndNamesOnlyTheMovedCountries() {
        Atlas atlas = atlas();
        StatusChanges before = StatusChanges.between(atlas, View.UNCC, d("2025-10-24"), d("2026-01-31"));
        StatusChanges after = before.withTo(d("2026-02-01"));
        StatusChanges fresh = StatusChanges.between(atlas, View.UNCC, d("2025-10-24"), d("2026-02-01"));
        assertEquals(fresh.classes(), after.classes());
        assertEquals(fresh.counts(), after.counts());
        assertEquals(Set.of("RAT"), after.movedSince(before));
        assertTrue(before.withTo(d("2025-01-01")).swapped(), "dragging To before From swaps");
    }

    @Test
    void comparisonViewShowsTheStrongestTreatyChange() {
        StatusChanges c = StatusChanges.between(atlas(), View.COMPARISON, d("2025-10-24"), d("2026-03-01"));
        assertEquals(ChangeClass.NEWLY_SIGNED, c.classOf("OLD")); // Budapest only signed → both signed
        assertEquals(ChangeClass.NEWLY_BOUND, c.classOf("RAT"));
        assertEquals(ChangeClass.UNCHANGED, c.classOf("PAR"));
    }

    @Test
    void changeClassOfEachMove() {
        assertEquals(ChangeClass.NEWLY_SIGNED, ChangeClass.of(StatusClass.NONE, StatusClass.SIGNED));
        assertEquals(ChangeClass.NEWLY_BOUND, ChangeClass.of(StatusClass.SIGNED, StatusClass.RATIFIED));
        assertEquals(ChangeClass.ENTERED_INTO_FORCE, ChangeClass.of(StatusClass.RATIFIED, StatusClass.PARTY));
        assertEquals(ChangeClass.ENTERED_INTO_FORCE, ChangeClass.of(StatusClass.DENOUNCED, StatusClass.PARTY));
        assertEquals(ChangeClass.LEFT, ChangeClass.of(StatusClass.PARTY, StatusClass.DENOUNCED));
        assertEquals(ChangeClass.LEFT, ChangeClass.of(StatusClass.SIGNED, StatusClass.NONE));
        assertEquals(ChangeClass.OTHER, ChangeClass.of(StatusClass.NONE, StatusClass.OBSERVER));
        assertEquals(ChangeClass.UNCHANGED, ChangeClass.of(StatusClass.SIGNED, StatusClass.SIGNED));
    }

    @Test
    void theEuSignatureIsNotCountedTowardsEntryIntoForce() {
        Map<String, Country> cs = countries(state("AAA"), country("EUE", CountryKind.ORGANISATION));
        MembershipHistory h = new MembershipHistory(standardTreaties(), cs, List.of(
                event("AAA", TreatyId.UNCC, RATIFIED, "2026-01-10"), event("EUE", TreatyId.UNCC, EventType.APPROVED, "2026-01-11")));
        assertEquals(1, h.progressOn(TreatyId.UNCC, d("2026-02-01")).instruments(), "art. 65(1): the EU's is not counted");
        assertEquals(StatusClass.RATIFIED, h.statusOn("EUE", TreatyId.UNCC, d("2026-02-01")).statusClass());
    }
}
