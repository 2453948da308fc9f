package org.chaord.atlas.model;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.chaord.atlas.model.EventType.ACCEDED;
import static org.chaord.atlas.model.EventType.DENOUNCED;
import static org.chaord.atlas.model.EventType.ENTERED_INTO_FORCE;
import static org.chaord.atlas.model.EventType.INVITED;
import static org.chaord.atlas.model.EventType.OBSERVER;
import static org.chaord.atlas.model.EventType.RATIFIED;
import static org.chaord.atlas.model.EventType.SIGNED;
import static org.chaord.atlas.model.Fixtures.country;
import static org.chaord.atlas.model.Fixtures.countries;
import static org.chaord.atlas.model.Fixtures.d;
import static org.chaord.atlas.model.Fixtures.event;
import static org.chaord.atlas.model.Fixtures.history;
import static org.chaord.atlas.model.Fixtures.state;
import static org.chaord.atlas.model.Fixtures.undated;
import static org.chaord.atlas.model.TreatyId.ETS185;
import static org.chaord.atlas.model.TreatyId.UNCC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MembershipHistoryTest {

    private static MembershipHistory one(StatusEvent... events) {
        return history(countries(state("AAA"), state("BBB")), List.of(events));
    }

    @Nested
    class Signature {

        @Test
        void dayPrecisionSignatureStartsOnItsDay() {
            MembershipHistory h = one(event("AAA", UNCC, SIGNED, "2025-10-25"));
            assertEquals(StatusClass.NONE, h.statusOn("AAA", UNCC, d("2025-10-24")).statusClass());
            TreatyStatus on = h.statusOn("AAA", UNCC, d("2025-10-25"));
            assertEquals(StatusClass.SIGNED, on.statusClass());
            assertEquals(d("2025-10-25"), on.since());
            assertFalse(on.approximate());
            assertFalse(on.computed());
            assertEquals(StatusClass.SIGNED, h.statusOn("AAA", UNCC, d("2025-10-26")).statusClass());
            assertEquals(StatusClass.SIGNED, h.classOn("AAA", View.UNCC, d("2025-10-26")));
        }

        @Test
        void monthPrecisionCountsFromTheLastDayOfTheMonth() {
            MembershipHistory h = one(event("AAA", ETS185, SIGNED, "2016-12"));
            assertEquals(StatusClass.NONE, h.statusOn("AAA", ETS185, d("2016-12-30")).statusClass());
            TreatyStatus on = h.statusOn("AAA", ETS185, d("2016-12-31"));
            assertEquals(StatusClass.SIGNED, on.statusClass());
            assertEquals(d("2016-12-31"), on.since());
            assertTrue(on.approximate());
        }

        @Test
        void yearPrecisionCountsFrom31December() {
            MembershipHistory h = one(event("AAA", ETS185, SIGNED, "2016"));
            assertEquals(StatusClass.NONE, h.statusOn("AAA", ETS185, d("2016-12-30")).statusClass());
            assertEquals(StatusClass.NONE, h.statusOn("AAA", ETS185, d("2016-06-01")).statusClass());
            TreatyStatus on = h.statusOn("AAA", ETS185, d("2016-12-31"));
            assertEquals(StatusClass.SIGNED, on.statusClass());
            assertTrue(on.approximate());
        }

        @Test
        void undatedEventCountsFromKnownByAndIsApproximate() {
            MembershipHistory h = one(undated("AAA", ETS185, SIGNED, "2020-05-10"));
            assertEquals(StatusClass.NONE, h.statusOn("AAA", ETS185, d("2020-05-09")).statusClass());
            TreatyStatus on = h.statusOn("AAA", ETS185, d("2020-05-10"));
            assertEquals(StatusClass.SIGNED, on.statusClass());
            assertEquals(d("2020-05-10"), on.since());
            assertTrue(on.approximate());
        }

        @Test
        void otherStatesAndTreatiesAreUntouched() {
            MembershipHistory h = one(event("AAA", UNCC, SIGNED, "2025-10-25"));
            assertSame(TreatyStatus.NONE, h.statusOn("BBB", UNCC, d("2026-01-01")));
            assertSame(TreatyStatus.NONE, h.statusOn("AAA", ETS185, d("2026-01-01")));
        }
    }

    @Nested
    class CouncilOfEurope {

        @Test
        void partyFromFirstDayOfMonthAfterThreeMonths() {
            MembershipHistory h = one(event("AAA", ETS185, SIGNED, "2001-11-23"),
                    event("AAA", ETS185, RATIFIED, "2004-03-18"));
            assertEquals(StatusClass.SIGNED, h.statusOn("AAA", ETS185, d("2004-03-17")).statusClass());
            TreatyStatus ratified = h.statusOn("AAA", ETS185, d("2004-03-18"));
            assertEquals(StatusClass.RATIFIED, ratified.statusClass());
            assertEquals(d("2004-03-18"), ratified.since());
            assertEquals(StatusClass.RATIFIED, h.statusOn("AAA", ETS185, d("2004-06-30")).statusClass());
            TreatyStatus party = h.statusOn("AAA", ETS185, d("2004-07-01"));
            assertEquals(StatusClass.PARTY, party.statusClass());
            assertEquals(d("2004-07-01"), party.since());
            assertTrue(party.computed());
            assertFalse(party.approximate());
        }

        @Test
        void depositOnFirstOfMonthWaitsForTheFollowingMonth() {
            MembershipHistory h = one(event("AAA", ETS185, RATIFIED, "2004-04-01"));
            assertEquals(StatusClass.RATIFIED, h.statusOn("AAA", ETS185, d("2004-07-31")).statusClass());
            TreatyStatus party = h.statusOn("AAA", ETS185, d("2004-08-01"));
            assertEquals(StatusClass.PARTY, party.statusClass());
            assertEquals(d("2004-08-01"), party.since());
            assertTrue(party.computed());
        }

        @Test
        void depositBeforeTheTreatyIsInForceWaitsForTheTreaty() {
            MembershipHistory h = one(event("AAA", ETS185, RATIFIED, "2003-01-01"));
            assertEquals(StatusClass.RATIFIED, h.statusOn("AAA", ETS185, d("2003-05-01")).statusClass());
            assertEquals(StatusClass.RATIFIED, h.statusOn("AAA", ETS185, d("2004-06-30")).statusClass());
            TreatyStatus party = h.statusOn("AAA", ETS185, d("2004-07-01"));
            assertEquals(StatusClass.PARTY, party.statusClass());
            assertEquals(d("2004-07-01"), party.since());
        }

        @Test
        void statedEntryIntoForceWinsOverTheComputedDate() {
            // computed would be 2004-07-01; the source states 2004-09-01
            MembershipHistory h = one(event("AAA", ETS185, RATIFIED, "2004-03-18"),
                    event("AAA", ETS185, ENTERED_INTO_FORCE, "2004-09-01"));
            assertEquals(StatusClass.RATIFIED, h.statusOn("AAA", ETS185, d("2004-07-01")).statusClass());
            assertEquals(StatusClass.RATIFIED, h.statusOn("AAA", ETS185, d("2004-08-31")).statusClass());
            TreatyStatus party = h.statusOn("AAA", ETS185, d("2004-09-01"));
            assertEquals(StatusClass.PARTY, party.statusClass());
            assertEquals(d("2004-09-01"), party.since());
            assertFalse(party.computed());
            assertEquals(ENTERED_INTO_FORCE, party.event().type());
        }

        @Test
        void ratifiedButTreatyNotInForceStaysRatified() {
            // CETS224 has no entry into force in the table and only one instrument
            MembershipHistory h = one(event("AAA", TreatyId.CETS224, RATIFIED, "2023-01-15"));
            assertNull(h.treatyInForce(TreatyId.CETS224));
            assertEquals(StatusClass.RATIFIED, h.statusOn("AAA", TreatyId.CETS224, d("2030-01-01")).statusClass());
        }

        @Test
        void treatyInForceComputedFromDepositsWhenTheTableIsSilent() {
            List<StatusEvent> events = new ArrayList<>();
            String[] states = {"S01", "S02", "S03", "S04", "S05"};
            for (int i = 0; i < states.length; i++) {
                events.add(event(states[i], TreatyId.CETS224, RATIFIED, "2025-0" + (i + 1) + "-10"));
                // CETS 224 art. 16(3): only instruments of Parties to the Convention count
                events.add(event(states[i], ETS185, RATIFIED, "2010-01-0" + (i + 1)));
            }
            MembershipHistory h = history(countries(state("S01"), state("S02"), state("S03"), state("S04"),
                    state("S05")), events);
            // fifth deposit 2025-05-10 -> 2025-09-01
            assertEquals(d("2025-09-01"), h.treatyInForce(TreatyId.CETS224));
            assertEquals(StatusClass.RATIFIED, h.statusOn("S01", TreatyId.CETS224, d("2025-08-31")).statusClass());
            assertEquals(StatusClass.PARTY, h.statusOn("S01", TreatyId.CETS224, d("2025-09-01")).statusClass());
        }

        @Test
        void denunciationEndsMembership() {
            MembershipHistory h = one(event("AAA", ETS185, RATIFIED, "2004-03-18"),
                    event("AAA", ETS185, DENOUNCED, "2020-02-03"));
            assertEquals(StatusClass.PARTY, h.statusOn("AAA", ETS185, d("2020-02-02")).statusClass());
            TreatyStatus denounced = h.statusOn("AAA", ETS185, d("2020-02-03"));
            assertEquals(StatusClass.DENOUNCED, denounced.statusClass());
            assertEquals(d("2020-02-03"), denounced.since());
        }

        @Test
        void invitedAndObserverRankBelowSignature() {
            MembershipHistory h = one(event("AAA", ETS185, OBSERVER, "2010-01-01"),
                    event("AAA", ETS185, INVITED, "2015-01-01"), event("AAA", ETS185, SIGNED, "2018-01-01"));
            assertEquals(StatusClass.OBSERVER, h.statusOn("AAA", ETS185, d("2014-12-31")).statusClass());
            assertEquals(StatusClass.INVITED, h.statusOn("AAA", ETS185, d("2017-12-31")).statusClass());
            assertEquals(StatusClass.SIGNED, h.statusOn("AAA", ETS185, d("2018-01-01")).statusClass());
        }

        @Test
        void accessionWithoutSignatureIsBound() {
            MembershipHistory h = one(event("AAA", ETS185, ACCEDED, "2010-02-15"));
            assertEquals(StatusClass.RATIFIED, h.statusOn("AAA", ETS185, d("2010-02-15")).statusClass());
            assertEquals(StatusClass.PARTY, h.statusOn("AAA", ETS185, d("2010-06-01")).statusClass());
        }
    }

    @Nested
    class UnConvention {

        private static final LocalDate FORTIETH = d("2026-06-10");

        /** {@code n} states ratifying one a day up to and including {@code last}, plus the EU earlier. */
        private List<StatusEvent> ratifications(int n, LocalDate last) {
            List<StatusEvent> events = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                events.add(event(iso(i), UNCC, RATIFIED, last.minusDays(n - 1 - i).toString()));
            }
            events.add(event("EUE", UNCC, APPROVED_OR_RATIFIED, last.minusDays(n + 5).toString()));
            return events;
        }

        private static final EventType APPROVED_OR_RATIFIED = EventType.APPROVED;

        private String iso(int i) {
            return String.format("S%02d", i);
        }

        private Map<String, Country> world(int n) {
            List<Country> cs = new ArrayList<>();
            for (int i = 0; i < 45; i++) {
                cs.add(state(iso(i)));
            }
            cs.add(country("EUE", CountryKind.ORGANISATION));
            return countries(cs.toArray(new Country[0]));
        }

        @Test
        void thirtyNineStatesAndTheEuDoNotBringItIntoForce() {
            MembershipHistory h = history(world(39), ratifications(39, FORTIETH));
            assertNull(h.treatyInForce(UNCC));
            EntryIntoForceProgress p = h.progressOn(UNCC, d("2030-01-01"));
            assertEquals(39, p.instruments());
            assertEquals(40, p.needed());
            assertFalse(p.isReached());
            assertEquals(StatusClass.RATIFIED, h.statusOn("S00", UNCC, d("2030-01-01")).statusClass());
            assertEquals(StatusClass.RATIFIED, h.statusOn("EUE", UNCC, d("2030-01-01")).statusClass());
        }

        @Test
        void fortiethStateDepositBringsItIntoForceNinetyDaysLater() {
            MembershipHistory h = history(world(40), ratifications(40, FORTIETH));
            LocalDate inForce = FORTIETH.plusDays(90);
            assertEquals(inForce, h.treatyInForce(UNCC));

            EntryIntoForceProgress before = h.progressOn(UNCC, FORTIETH.minusDays(1));
            assertEquals(39, before.instruments());
            assertNull(before.entryIntoForce());
            EntryIntoForceProgress on = h.progressOn(UNCC, FORTIETH);
            assertEquals(40, on.instruments());
            assertEquals(inForce, on.entryIntoForce());

            for (String iso3 : List.of("S00", "S39", "EUE")) {
                assertEquals(StatusClass.RATIFIED, h.statusOn(iso3, UNCC, inForce.minusDays(1)).statusClass(), iso3);
                TreatyStatus party = h.statusOn(iso3, UNCC, inForce);
                assertEquals(StatusClass.PARTY, party.statusClass(), iso3);
                assertEquals(inForce, party.since(), iso3);
                assertTrue(party.computed(), iso3);
            }
        }

        @Test
        void laterInstrumentTakesEffectThirtyDaysAfterDeposit() {
            LocalDate inForce = FORTIETH.plusDays(90);
            LocalDate later = inForce.plusDays(20);
            List<StatusEvent> events = ratifications(40, FORTIETH);
            events.add(event("S41", UNCC, RATIFIED, later.toString()));
            MembershipHistory h = history(world(41), events);
            assertEquals(StatusClass.NONE, h.statusOn("S41", UNCC, later.minusDays(1)).statusClass());
            assertEquals(StatusClass.RATIFIED, h.statusOn("S41", UNCC, later.plusDays(29)).statusClass());
            TreatyStatus party = h.statusOn("S41", UNCC, later.plusDays(30));
            assertEquals(StatusClass.PARTY, party.statusClass());
            assertEquals(later.plusDays(30), party.since());
            assertEquals(41, h.progressOn(UNCC, later).instruments());
        }

        @Test
        void instrumentBetweenFortiethAndEntryIntoForceWaitsForTheTreaty() {
            LocalDate inForce = FORTIETH.plusDays(90);
            List<StatusEvent> events = ratifications(40, FORTIETH);
            events.add(event("S41", UNCC, RATIFIED, FORTIETH.plusDays(80).toString()));
            MembershipHistory h = history(world(41), events);
            // 30 days after its deposit would be after the treaty's own date: the later of the two applies
            assertEquals(StatusClass.RATIFIED, h.statusOn("S41", UNCC, inForce).statusClass());
            assertEquals(StatusClass.PARTY, h.statusOn("S41", UNCC, FORTIETH.plusDays(110)).statusClass());
            // one deposited 70 days after the 40th is a party with the treaty itself, not before
            List<StatusEvent> early = ratifications(40, FORTIETH);
            early.add(event("S41", UNCC, RATIFIED, FORTIETH.plusDays(10).toString()));
            MembershipHistory h2 = history(world(41), early);
            assertEquals(StatusClass.RATIFIED, h2.statusOn("S41", UNCC, FORTIETH.plusDays(40)).statusClass());
            assertEquals(StatusClass.PARTY, h2.statusOn("S41", UNCC, inForce).statusClass());
        }

        @Test
        void signatureThenRatification() {
            MembershipHistory h = one(event("AAA", UNCC, SIGNED, "2025-10-25"), event("AAA", UNCC, RATIFIED, "2026-03-02"));
            assertEquals(StatusClass.SIGNED, h.statusOn("AAA", UNCC, d("2026-03-01")).statusClass());
            assertEquals(StatusClass.RATIFIED, h.statusOn("AAA", UNCC, d("2026-03-02")).statusClass());
        }
    }

    @Nested
    class TerritoriesAndComparison {

        private MembershipHistory h() {
            return history(countries(state("UNS"), state("BPS"), state("BTH"), state("SGN"), state("NON"),
                            state("MIX"), state("UNG"), country("TER", CountryKind.TERRITORY), country("DIS", CountryKind.DISPUTED)),
                    List.of(event("UNS", UNCC, RATIFIED, "2026-01-05"),
                            event("BPS", ETS185, RATIFIED, "2005-01-05"),
                            event("BTH", UNCC, RATIFIED, "2026-01-05"), event("BTH", ETS185, RATIFIED, "2005-01-05"),
                            event("SGN", UNCC, SIGNED, "2025-10-25"), event("SGN", ETS185, SIGNED, "2001-11-23"),
                            event("MIX", UNCC, SIGNED, "2025-10-25"), event("MIX", ETS185, RATIFIED, "2005-01-05"),
                            event("UNG", UNCC, SIGNED, "2025-10-25"),
                            event("TER", ETS185, RATIFIED, "2005-01-05")));
        }

        @Test
        void territoriesAreNotInTheirOwnRight() {
            MembershipHistory h = h();
            assertEquals(StatusClass.NOT_IN_OWN_RIGHT, h.statusOn("TER", ETS185, d("2026-06-01")).statusClass());
            assertEquals(StatusClass.NOT_IN_OWN_RIGHT, h.statusOn("DIS", UNCC, d("2026-06-01")).statusClass());
            assertEquals(StatusClass.NOT_IN_OWN_RIGHT, h.classOn("TER", View.COMPARISON, d("2026-06-01")));
            assertEquals(StatusClass.NOT_IN_OWN_RIGHT, h.classOn("DIS", View.ETS185, d("2026-06-01")));
        }

        @Test
        void comparisonClasses() {
            MembershipHistory h = h();
            LocalDate day = d("2026-06-01");
            assertEquals(StatusClass.BOTH_SIGNED, h.classOn("MIX", View.COMPARISON, day));
            assertEquals(StatusClass.BOTH_BOUND, h.classOn("BTH", View.COMPARISON, day));
            assertEquals(StatusClass.SECOND_ONLY_BOUND, h.classOn("BPS", View.COMPARISON, day));
            assertEquals(StatusClass.FIRST_ONLY_BOUND, h.classOn("UNS", View.COMPARISON, day));
            assertEquals(StatusClass.BOTH_SIGNED, h.classOn("SGN", View.COMPARISON, day));
            assertEquals(StatusClass.NEITHER, h.classOn("NON", View.COMPARISON, day));
            // before the UN convention existed, the same states were Budapest-only
            assertEquals(StatusClass.SECOND_ONLY_BOUND, h.classOn("BTH", View.COMPARISON, d("2020-01-01")));
            assertEquals(StatusClass.SECOND_ONLY_SIGNED, h.classOn("SGN", View.COMPARISON, d("2020-01-01")));
            assertEquals(StatusClass.NEITHER, h.classOn("SGN", View.COMPARISON, d("2001-11-22")));
            assertEquals(StatusClass.FIRST_ONLY_SIGNED, h.classOn("UNG", View.COMPARISON, day));
        }
    }
}
