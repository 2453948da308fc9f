package org.chaord.atlas.data;

import org.chaord.atlas.export.BundledData;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.MembershipHistory;
import org.chaord.atlas.model.StatusClass;
import org.chaord.atlas.model.Treaty;
import org.chaord.atlas.model.TreatyId;
import org.chaord.atlas.model.View;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled regional treaties (MALABO, ARAB2010, CIS2018) through the app's rules, against published figures. */
class RegionalTreatiesTest {

    private static final LocalDate MALABO_IN_FORCE = LocalDate.of(2023, 6, 8);

    private static Atlas atlas() {
        return BundledData.get().atlas();
    }

    private static int parties(Atlas atlas, TreatyId treaty, LocalDate day) {
        return atlas.countsOn(View.of(treaty), day).get(StatusClass.PARTY);
    }

    @Test
    void malaboHasFifteenPartiesOnItsEntryIntoForceAndNoneTheDayBefore() {
        Atlas atlas = atlas();
        assertEquals(0, parties(atlas, TreatyId.MALABO, MALABO_IN_FORCE.minusDays(1)));
        assertEquals(15, parties(atlas, TreatyId.MALABO, MALABO_IN_FORCE));
    }

    @Test
    void malaboRuleAloneGivesTheSameDayFromTheDeposits() {
        // Without the stated date (treaties.csv) and without the stated entered_into_force rows, art. 36 as data:
        // the 15th instrument (Mauritania, 9 May 2023) + 30 days.
        Atlas atlas = atlas();
        Map<TreatyId, Treaty> treaties = new LinkedHashMap<>(atlas.treaties());
        Treaty m = treaties.get(TreatyId.MALABO);
        treaties.put(m.id(), new Treaty(m.id(), m.shortName(), m.fullName(), m.depositary(), m.adopted(),
                m.openedForSignature(), m.closesForSignature(), m.instrumentsForEntryIntoForce(),
                m.entryIntoForceRule(), null, m.url(), m.terms(), m.parent(), m.family()));
        var events = atlas.countries().keySet().stream()
                .flatMap(iso3 -> atlas.history().events(iso3, TreatyId.MALABO).stream())
                .filter(e -> e.type() != org.chaord.atlas.model.EventType.ENTERED_INTO_FORCE).toList();
        MembershipHistory byRule = new MembershipHistory(treaties, atlas.countries(), events);
        assertEquals(MALABO_IN_FORCE, byRule.treatyInForce(TreatyId.MALABO));
        assertEquals(StatusClass.RATIFIED, byRule.statusOn("MRT", TreatyId.MALABO, MALABO_IN_FORCE.minusDays(1))
                .statusClass());
        assertEquals(StatusClass.PARTY, byRule.statusOn("MRT", TreatyId.MALABO, MALABO_IN_FORCE).statusClass());
        assertTrue(byRule.statusOn("MRT", TreatyId.MALABO, MALABO_IN_FORCE).computed());
    }

    @Test
    void beninsLaterDepositTakesEffectOnItsDayByTheAssumedLaterRule() {
        // art. 36 is silent on later instruments; later_period 0 (VCLT art. 24(3)) is the research's assumption
        Atlas atlas = atlas();
        LocalDate deposit = LocalDate.of(2024, 11, 26);
        assertEquals(StatusClass.NONE, atlas.history().statusOn("BEN", TreatyId.MALABO, deposit.minusDays(1)).statusClass());
        var on = atlas.history().statusOn("BEN", TreatyId.MALABO, deposit);
        assertEquals(StatusClass.PARTY, on.statusClass());
        assertTrue(on.computed());
    }

    /** Published totals (docs/research/README.md) as instruments counted on the day: bound = ratified or in force. */
    @ParameterizedTest(name = "{0} {1}: {2} ({3})")
    @CsvSource({
            "MALABO, 2018-06-30, 2, ccdcoe.org/organisations/au (Mauritius and Senegal)",
            "MALABO, 2018-12-31, 5, Daily Guide 2020-06-15 (Ghana the 5th in December 2018)",
            "MALABO, 2022-03-31, 13, dig.watch (By March 2022 ... 13 ratified)",
            "MALABO, 2023-05-09, 15, powerlaw.africa 2023-05-19 (Mauritania the 15th)",
            "MALABO, 2024-11-26, 16, osiris.sn 2024-11-27 (Benin the 16th)",
            "ARAB2010, 2015-03-31, 8, riyadh.om March 2015 (8 member States)",
    })
    void publishedTotals(String treaty, String day, int published, String source) {
        Map<StatusClass, Integer> counts = atlas().countsOn(View.of(TreatyId.parse(treaty)), LocalDate.parse(day));
        assertEquals(published, counts.get(StatusClass.PARTY) + counts.get(StatusClass.RATIFIED), source);
    }

    @Test
    void malaboWasAwaitingItsFifteenthTheDayBefore() {
        var p = atlas().history().progressOn(TreatyId.MALABO, LocalDate.of(2023, 5, 8));
        assertEquals(13, p.instruments()); // Mauritania's and Cote d'Ivoire's are both counted from 9 May 2023
        assertEquals(15, p.needed());
    }

    @Test
    void arabConventionComesIntoForceInFebruary2014ByItsRule() {
        // riyadh.om (2015, secondary): in force in February 2014; the data state no day, the rule computes one
        LocalDate inForce = atlas().history().treatyInForce(TreatyId.ARAB2010);
        assertEquals(2014, inForce.getYear());
        assertEquals(2, inForce.getMonthValue());
    }

    @Test
    void cisAgreementIsInForceForArmeniaFromItsStatedDayButNotYetByTheRule() {
        Atlas atlas = atlas();
        assertNull(atlas.history().treatyInForce(TreatyId.CIS2018)); // 2 notifications known, 3 needed
        assertEquals(StatusClass.SIGNED, atlas.history().statusOn("ARM", TreatyId.CIS2018, LocalDate.of(2022, 1, 21))
                .statusClass());
        assertEquals(StatusClass.PARTY, atlas.history().statusOn("ARM", TreatyId.CIS2018, LocalDate.of(2022, 1, 22))
                .statusClass());
    }

    @Test
    void regionalTreatiesHaveTheirFamilies() {
        Atlas atlas = atlas();
        assertEquals("au", atlas.treaties().get(TreatyId.MALABO).family().csvName());
        assertEquals("las", atlas.treaties().get(TreatyId.ARAB2010).family().csvName());
        assertEquals("cis", atlas.treaties().get(TreatyId.CIS2018).family().csvName());
        assertEquals(TreatyId.ETS185, atlas.treaties().get(TreatyId.CETS224).parent());
    }
}
