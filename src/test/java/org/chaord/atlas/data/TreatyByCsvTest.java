package org.chaord.atlas.data;

import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.StatusClass;
import org.chaord.atlas.model.TreatyId;
import org.chaord.atlas.model.TreatyStatus;
import org.chaord.atlas.model.View;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A user adds treaties by CSV rows alone — no code: their entry into force follows from the rule columns, for the
 * n-th instrument and for a later one, under each rule, and they become views and pairs like the bundled ones.
 */
class TreatyByCsvTest {

    /** Two made-up treaties, one per rule, plus a protocol open only to the Parties of the first. */
    static final String TREATIES = DataFolder.TREATIES + """
            DAYS,Days Treaty,Made-up treaty in force 60 days after the 3rd instrument,Depositary,2010-01-01,2010-02-01,,3,in words,,https://example.org/days,3,days_after,60,days_after,15,true,,other
            MONTHS,Months Treaty,Made-up treaty in force on the first day of the month 2 months after the 2nd instrument,Depositary,2011-01-01,2011-01-01,,2,in words,,https://example.org/months,2,first_of_month_after_months,2,first_of_month_after_months,1,false,,au
            PROTO,Protocol to Days,Made-up protocol open to Parties of DAYS only,Depositary,2012-01-01,2012-01-01,,1,in words,,https://example.org/proto,1,days_after,10,days_after,10,false,DAYS,other
            """;

    static final String COUNTRIES = """
            iso3,iso_numeric,name,kind,sovereign_iso3,un_member,region,subregion
            FRA,250,France,state,,true,Europe,Western Europe
            VNM,704,Viet Nam,state,,true,Asia,South-eastern Asia
            DEU,276,Germany,state,,true,Europe,Western Europe
            ITA,380,Italy,state,,true,Europe,Southern Europe
            EUE,,European Union,organisation,,false,Europe,
            GUF,254,French Guiana,territory,FRA,false,Americas,South America
            """;

    /**
     * DAYS: FRA 2015-03-01, the EU 2015-04-10 (organisations count here), DEU 2015-05-20 = the 3rd: in force
     * 2015-05-20 + 60 = 2015-07-19; VNM between the 3rd and that day (its own +15 is earlier: the treaty's day);
     * ITA later, 2016-01-10 + 15 = 2016-01-25. MONTHS: FRA 2015-03-18, ITA 2015-04-01 = the 2nd: + 2 months =
     * 2015-06-01, first of the following month = 2015-07-01; DEU later, 2015-11-30 + 1 month, so 2016-01-01.
     * PROTO: FRA (a DAYS Party) 2015-08-01, the 1st: + 10 = 2015-08-11.
     */
    static final String EVENTS = """
            iso3,treaty,event,date,known_by,source,note,not_before
            FRA,DAYS,ratified,2015-03-01,,test,,
            EUE,DAYS,approved,2015-04-10,,test,,
            DEU,DAYS,ratified,2015-05-20,,test,,
            VNM,DAYS,acceded,2015-06-01,,test,,
            ITA,DAYS,ratified,2016-01-10,,test,,
            FRA,MONTHS,ratified,2015-03-18,,test,,
            ITA,MONTHS,ratified,2015-04-01,,test,,
            DEU,MONTHS,signed,2015-02-01,,test,,
            DEU,MONTHS,ratified,2015-11-30,,test,,
            FRA,PROTO,ratified,2015-08-01,,test,,
            """;

    private DataFolder folder;

    @BeforeEach
    void setUp(@TempDir Path tmp) throws IOException {
        folder = new DataFolder(tmp).write("treaties.csv", TREATIES).write("countries.csv", COUNTRIES)
                .write("events.csv", EVENTS);
    }

    private static void partyFrom(Atlas atlas, String iso3, TreatyId treaty, String day) {
        LocalDate d = LocalDate.parse(day);
        TreatyStatus before = atlas.history().statusOn(iso3, treaty, d.minusDays(1));
        TreatyStatus on = atlas.history().statusOn(iso3, treaty, d);
        assertEquals(StatusClass.RATIFIED, before.statusClass(), iso3 + " " + treaty + " the day before " + day);
        assertEquals(StatusClass.PARTY, on.statusClass(), iso3 + " " + treaty + " on " + day);
        assertEquals(d, on.since());
        assertTrue(on.computed(), "no entered_into_force row: the rule computed it");
    }

    @Test
    void loadsWithoutProblems() {
        LoadResult r = folder.load();
        assertEquals(List.of(), r.problems());
        assertEquals(List.of(TreatyId.UNCC, TreatyId.ETS185, TreatyId.parse("DAYS"), TreatyId.parse("MONTHS"),
                TreatyId.parse("PROTO")), r.atlas().treatyIds());
    }

    @Test
    void daysAfterRuleForTheNthAndALaterInstrument() {
        Atlas atlas = folder.load().atlas();
        TreatyId days = TreatyId.parse("DAYS");
        assertEquals(LocalDate.parse("2015-07-19"), atlas.history().treatyInForce(days));
        assertFalse(atlas.history().progressOn(days, LocalDate.parse("2015-05-19")).isReached());
        assertEquals(3, atlas.history().progressOn(days, LocalDate.parse("2015-05-20")).instruments());
        partyFrom(atlas, "FRA", days, "2015-07-19");
        partyFrom(atlas, "DEU", days, "2015-07-19"); // the 3rd instrument itself
        partyFrom(atlas, "EUE", days, "2015-07-19");
        partyFrom(atlas, "VNM", days, "2015-07-19"); // 15 days after would be earlier: "whichever is later"
        partyFrom(atlas, "ITA", days, "2016-01-25"); // later instrument: 15 days
    }

    @Test
    void firstOfMonthRuleForTheNthAndALaterInstrument() {
        Atlas atlas = folder.load().atlas();
        TreatyId months = TreatyId.parse("MONTHS");
        assertEquals(LocalDate.parse("2015-07-01"), atlas.history().treatyInForce(months));
        partyFrom(atlas, "FRA", months, "2015-07-01");
        partyFrom(atlas, "ITA", months, "2015-07-01");
        partyFrom(atlas, "DEU", months, "2016-01-01"); // 2015-11-30 + 1 month -> first of the following month
    }

    @Test
    void organisationsCountOnlyWhereTheTreatySaysSo() throws IOException {
        // without the EU's instrument VNM's is the 3rd: 2015-06-01 + 60 days
        Atlas atlas = folder.write("treaties.csv", TREATIES.replace(",3,days_after,60,days_after,15,true,",
                ",3,days_after,60,days_after,15,false,")).load().atlas();
        assertEquals(LocalDate.parse("2015-07-31"), atlas.history().treatyInForce(TreatyId.parse("DAYS")));
    }

    @Test
    void aProtocolCountsOnlyInstrumentsOfItsParentsParties() throws IOException {
        Atlas atlas = folder.load().atlas();
        TreatyId proto = TreatyId.parse("PROTO");
        assertEquals(LocalDate.parse("2015-08-11"), atlas.history().treatyInForce(proto));
        // the same instrument from a state without a DAYS instrument does not count
        Atlas without = folder.write("events.csv", EVENTS.replace("FRA,DAYS,ratified,2015-03-01,,test,,\n", ""))
                .load().atlas();
        assertNull(without.history().treatyInForce(proto));
        assertEquals(0, without.history().progressOn(proto, LocalDate.parse("2020-01-01")).instruments());
    }

    @Test
    void madeUpTreatiesAreViewsAndPairs() {
        Atlas atlas = folder.load().atlas();
        View months = View.of(TreatyId.parse("MONTHS"));
        assertTrue(atlas.views().contains(months));
        assertEquals(List.of(StatusClass.PARTY, StatusClass.RATIFIED, StatusClass.SIGNED, StatusClass.NONE),
                atlas.classes(months)); // no invitation, observer or denunciation in its events
        View pair = View.parse("DAYS,MONTHS");
        assertEquals(StatusClass.BOTH_BOUND, atlas.history().classOn("ITA", pair, LocalDate.parse("2016-02-01")));
        assertEquals(StatusClass.FIRST_ONLY_BOUND, atlas.history().classOn("VNM", pair, LocalDate.parse("2016-02-01")));
        // the other way round, on a day DEU had signed MONTHS and done nothing under DAYS
        assertEquals(StatusClass.FIRST_ONLY_SIGNED, atlas.history().classOn("DEU", View.parse("MONTHS,DAYS"),
                LocalDate.parse("2015-03-01")));
        assertEquals(StatusClass.SECOND_ONLY_SIGNED, atlas.history().classOn("DEU", pair, LocalDate.parse("2015-03-01")));
    }

    @Test
    void badRuleValuesAreProblemsNamingFileLineColumnAndValue() throws IOException {
        String bad = TREATIES.replace(",2,first_of_month_after_months,2,", ",2,fortnightly,2,")
                .replace(",1,days_after,10,days_after,10,false,DAYS,", ",1,days_after,-4,days_after,10,maybe,NOPE,");
        LoadResult r = folder.write("treaties.csv", bad).load();
        List<String> problems = r.problems().stream().map(Object::toString).toList();
        assertTrue(problems.contains("treaties.csv:5:13: unknown rule 'fortnightly' (expected days_after or "
                + "first_of_month_after_months)"), problems.toString());
        assertTrue(problems.contains("treaties.csv:6:14: '-4' is negative (expected 0 or more)"), problems.toString());
        assertTrue(problems.contains("treaties.csv:6:17: 'maybe' is not true or false"), problems.toString());
        assertFalse(r.atlas().treaties().containsKey(TreatyId.parse("MONTHS")));
        assertTrue(r.atlas().treaties().containsKey(TreatyId.parse("DAYS")), "the good rows are kept");
    }

    @Test
    void aParentThatIsNoTreatyIsAProblem() throws IOException {
        LoadResult r = folder.write("treaties.csv", TREATIES.replace("false,DAYS,other", "false,NOPE,other")).load();
        assertTrue(r.problems().stream().map(Object::toString).anyMatch(
                p -> p.equals("treaties.csv:6:18: parent 'NOPE' is not a treaty in treaties.csv")), r.problems().toString());
        assertFalse(r.atlas().treaties().containsKey(TreatyId.parse("PROTO")));
    }
}
