package org.chaord.atlas.data;

import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.StatusClass;
import org.chaord.atlas.model.View;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Totals the depositaries and the press published, recomputed from the bundled data through the app's own status
 * rules ({@link Atlas#countsOn}). Each expected value is the published figure, with its source and date.
 *
 * <p>Two ways of counting Council of Europe "Parties" (data/README.md, "Published totals and what the data give"):
 * the CoE's news counts every deposit ("by deposit" = RATIFIED + PARTY here); the atlas shows a State as PARTY only
 * once the treaty is in force for it. Published totals that the data do not reproduce are not asserted here as if they
 * did; see the README's table (e.g. ETS 189 on 2006-03-01, 2024-06-20, 2025-06-05; ETS 185 on 2024-06-20 and
 * 2025-06-05).
 */
class PublishedTotalsTest {

    static Atlas atlas;

    @BeforeAll
    static void load() {
        LoadResult result = AtlasLoader.load(BundledDataTest.DATA, null);
        assertTrue(result.problems().isEmpty(), () -> "problems: " + result.problems());
        atlas = result.atlas();
    }

    /** Signatories in the wide sense: signed, ratified or party (the EU included, as the UN counts it). */
    private static int signedOrMore(View view, LocalDate day) {
        Map<StatusClass, Integer> c = atlas.countsOn(view, day);
        return c.get(StatusClass.SIGNED) + c.get(StatusClass.RATIFIED) + c.get(StatusClass.PARTY);
    }

    /** Deposited an instrument by {@code day}, in force or not: how the Council of Europe counts "Parties". */
    private static int byDeposit(View view, LocalDate day) {
        Map<StatusClass, Integer> c = atlas.countsOn(view, day);
        return c.get(StatusClass.RATIFIED) + c.get(StatusClass.PARTY);
    }

    private static int inForce(View view, LocalDate day) {
        return atlas.countsOn(view, day).get(StatusClass.PARTY);
    }

    private static int signedOnly(View view, LocalDate day) {
        return atlas.countsOn(view, day).get(StatusClass.SIGNED);
    }

    @Test
    void unConventionSignatoriesAtHanoi() {
        // 65 States and organisations signed on day 1, 25 Oct 2025 (UN News, via
        // https://www.miragenews.com/65-nations-sign-first-un-cybercrime-treaty-1557735).
        assertEquals(65, signedOrMore(View.UNCC, LocalDate.of(2025, 10, 25)));
        // "Signatories 72" (EU included) after the two days at Hanoi, 25–26 Oct 2025 (UN Treaty Collection XVIII-16,
        // https://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20XVIII/XVIII-16.en.xml, status 16 Nov 2025).
        assertEquals(72, signedOrMore(View.UNCC, LocalDate.of(2025, 10, 26)));
    }

    @Test
    void budapestConventionEnteredIntoForceWithFiveParties() {
        // In force on 1 Jul 2004 after five ratifications (CoE chart of 18 Jun 2004,
        // http://conventions.coe.int/Treaty/Commun/ChercheSig.asp?NT=185&CM=8&DF=18/06/04&CL=ENG).
        assertEquals(5, inForce(View.ETS185, LocalDate.of(2004, 7, 1)));
    }

    @Test
    void budapestConventionPartiesAsTheCouncilOfEuropeCountsThem() {
        // 22 ratifiers on 26 Apr 2008
        // (https://cyberlaw.org.uk/2008/04/26/ratification-status-for-the-cybercrime-convention/).
        assertEquals(22, byDeposit(View.ETS185, LocalDate.of(2008, 4, 26)));
        // 47 States incl. Canada on 8 Jul 2015
        // (https://www.theasianconnectionsnewspaper.com/ratification-of-convention-on-cyber-crime-completed/).
        assertEquals(47, byDeposit(View.ETS185, LocalDate.of(2015, 7, 8)));
        // Tonga the 55th Party, 9 May 2017 (CoE declarations page for Tonga, cited in events.csv).
        assertEquals(55, byDeposit(View.ETS185, LocalDate.of(2017, 5, 9)));
        // Sweden: 66 Parties on 28 Apr 2021 (https://www.coe.int/en/web/cybercrime/t-cy-news/-/asset_publisher/
        // GxUcENEFhivB/content/sweden-joins-the-budapest-convention-and-its-additional-protocol).
        assertEquals(66, byDeposit(View.ETS185, LocalDate.of(2021, 4, 28)));
        // Brazil: 68 Parties on 30 Nov 2022 (https://www.coe.int/en/web/cybercrime/gallery-brazil-accedes-to-the-
        // convention-on-cybercrime-and-six-states-sign-the-new-protocol-on-e-evidence).
        assertEquals(68, byDeposit(View.ETS185, LocalDate.of(2022, 11, 30)));
        // 69 Parties and 2 signatories on 7 Feb 2024 (https://www.coe.int/fr/web/cybercrime/-/grenada-and-mozambique-
        // have-been-invited-to-accede-to-the-convention-on-cybercrime). The 2 are Ireland and South Africa.
        assertEquals(69, byDeposit(View.ETS185, LocalDate.of(2024, 2, 7)));
        assertEquals(2, signedOnly(View.ETS185, LocalDate.of(2024, 2, 7)));
    }

    /**
     * "Budapest Convention Parties = 76 on 2024-10-09" (Council of Europe figure quoted by
     * https://nc4.go.ke/budapest-convention-on-cybercrime). The Council of Europe counts deposits; the 76 include
     * Tunisia's accession of 8 March 2024 (https://wp.dig.watch/?p=163867), and Côte d'Ivoire's of 29 July 2024,
     * which entered into force only on 1 November 2024 — so on that day the map shows 75 Parties in force and one
     * ratified, not yet in force.
     */
    @Test
    void budapestPartiesOn9October2024() {
        LocalDate day = LocalDate.of(2024, 10, 9);
        assertEquals(76, byDeposit(View.ETS185, day));
        assertEquals(StatusClass.RATIFIED, atlas.history().statusOn("CIV", org.chaord.atlas.model.TreatyId.ETS185, day)
                .statusClass());
    }

    @Test
    void firstProtocolRatifiersIn2008() {
        // 11 ratifiers of ETS 189 on 26 Apr 2008
        // (https://cyberlaw.org.uk/2008/04/26/ratification-status-for-the-coe-additional-protocol/).
        assertEquals(11, byDeposit(View.ETS189, LocalDate.of(2008, 4, 26)));
    }

    @Test
    void secondProtocolSignatories() {
        // Signatories of CETS 224 (signed or ratified; it is not in force, so no Parties yet).
        // 30 on 30 Nov 2022: six signed that day after 24 earlier signatures (CoE news on Brazil's accession, above).
        assertEquals(30, signedOrMore(View.CETS224, LocalDate.of(2022, 11, 30)));
        // "44 signed + 2 Parties" on 20 Jun 2024 (https://coe.int/en/web/cybercrime/-/30th-t-cy-plenary-treaty-
        // ceremony-sees-budapest-convention-reach-75-parties-benin-accede-to-the-first-protocol-and-czech-republic-
        // and-sierra-leone-sign-the-second-additional-protocol).
        assertEquals(46, signedOrMore(View.CETS224, LocalDate.of(2024, 6, 20)));
        assertEquals(2, byDeposit(View.CETS224, LocalDate.of(2024, 6, 20)));
        // 50 signatories on 5 Jun 2025 (https://mattdotvu.blog/2025/06/15/vanuatu-joins-global-convention-on-
        // cybercrime-a-major-step-for-digital-security).
        assertEquals(50, signedOrMore(View.CETS224, LocalDate.of(2025, 6, 5)));
        // Norway the 51st signatory on 9 Jul 2025 (cadeproject.org, cited in events.csv).
        assertEquals(51, signedOrMore(View.CETS224, LocalDate.of(2025, 7, 9)));
        // Not in force: five consents needed (art. 16(3)), the data hold three (Serbia, Japan, Hungary).
        assertEquals(0, inForce(View.CETS224, atlas.dataAsOf()));
    }
}
