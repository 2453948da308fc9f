package org.chaord.atlas.data;

import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.Country;
import org.chaord.atlas.model.CountryKind;
import org.chaord.atlas.model.StatusClass;
import org.chaord.atlas.model.StatusEvent;
import org.chaord.atlas.model.TreatyId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.chaord.atlas.model.StatusClass.NONE;
import static org.chaord.atlas.model.StatusClass.PARTY;
import static org.chaord.atlas.model.StatusClass.RATIFIED;
import static org.chaord.atlas.model.StatusClass.SIGNED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The data the app ships ({@code data/} and {@code maps/countries-50m.geojson}, paths relative to the project root,
 * which is surefire's working directory) load cleanly, agree with the map, and show the statuses the depositaries
 * give for a set of spot-check countries.
 */
class BundledDataTest {

    static final Path DATA = Path.of("data");
    static final Path MAP = Path.of("maps", "countries-50m.geojson");

    /**
     * Rows of countries.csv of kind state, territory or disputed that have no map feature, with the reason. Empty:
     * the 1:50m Natural Earth file has every one of them, and Tuvalu (only in 1:10m) was added from the 10m file
     * (maps/README.md). Only the European Union (kind organisation) has no shape. Add an entry here, with its reason,
     * only if a row deliberately has no shape.
     */
    static final Map<String, String> WITHOUT_SHAPE = Map.of();

    private static final Pattern HTTP_URL = Pattern.compile("https?://[^\\s/?#]+\\S*");

    static LoadResult result;
    static Atlas atlas;

    @BeforeAll
    static void load() {
        result = AtlasLoader.load(DATA, MAP);
        atlas = result.atlas();
    }

    @Test
    void loadsWithoutProblems() {
        assertTrue(result.problems().isEmpty(), () -> result.problems().size() + " problem(s):\n"
                + result.problems().stream().map(LoadProblem::toString).collect(Collectors.joining("\n")));
    }

    @Test
    void hasTheSevenTreatiesAndEvents() {
        assertEquals(List.of(TreatyId.UNCC, TreatyId.ETS185, TreatyId.ETS189, TreatyId.CETS224, TreatyId.MALABO,
                TreatyId.ARAB2010, TreatyId.CIS2018), atlas.treatyIds());
        assertFalse(allEvents().isEmpty());
    }

    @Test
    void everyEventHasAnHttpSource() {
        List<String> bad = new ArrayList<>();
        for (StatusEvent e : allEvents()) {
            if (e.source() == null || !HTTP_URL.matcher(e.source()).matches()) {
                bad.add(e.iso3() + " " + e.treaty() + " " + e.type() + ": '" + e.source() + "'");
            }
        }
        assertTrue(bad.isEmpty(), () -> "events without an http(s) source:\n" + String.join("\n", bad));
    }

    /**
     * The bundled events.csv's optional {@code not_before} (issue 9): only on undated rows, a full ISO day, and never
     * after {@code known_by} — an interval the data claim must not be empty.
     */
    @Test
    void notBeforeBoundsAreWellFormedIntervals() {
        CsvTable table = CsvTable.read(DATA.resolve("events.csv"), EventsReader.COLUMNS);
        assertTrue(table.header().contains("not_before"), "events.csv has the not_before column");
        List<String> bad = new ArrayList<>();
        int bounded = 0;
        for (CsvRow row : table.rows()) {
            String notBefore = row.get("not_before");
            if (notBefore.isEmpty()) {
                continue;
            }
            bounded++;
            String where = "line " + row.line() + " " + row.get("iso3") + " " + row.get("treaty") + " " + row.get("event");
            if (!row.get("date").isEmpty()) {
                bad.add(where + ": not_before on a dated row");
            } else if (!notBefore.matches("\\d{4}-\\d{2}-\\d{2}")
                    || LocalDate.parse(notBefore).isAfter(LocalDate.parse(row.get("known_by")))) {
                bad.add(where + ": not_before " + notBefore + " is not a day on or before known_by " + row.get("known_by"));
            }
        }
        assertTrue(bounded > 0, "some undated rows are bounded from below");
        assertTrue(bad.isEmpty(), () -> String.join("\n", bad));
    }

    @Test
    void everyMapFeatureHasACountryRow() {
        Set<String> missing = new TreeSet<>(result.shapes().keySet());
        missing.removeAll(atlas.countries().keySet());
        assertTrue(missing.isEmpty(), () -> "map features without a countries.csv row: " + missing);
    }

    @Test
    void everyStateTerritoryAndDisputedAreaHasAShape() {
        Set<String> missing = new TreeSet<>();
        for (Country c : atlas.countries().values()) {
            if (c.kind() != CountryKind.ORGANISATION && !result.shapes().containsKey(c.iso3())
                    && !WITHOUT_SHAPE.containsKey(c.iso3())) {
                missing.add(c.iso3() + " " + c.name());
            }
        }
        assertTrue(missing.isEmpty(), () -> "countries.csv rows without a map feature: " + missing);
        for (String iso3 : WITHOUT_SHAPE.keySet()) {
            assertFalse(result.shapes().containsKey(iso3), iso3 + " is listed as shapeless but has a shape");
        }
    }

    @Test
    void tuvaluHasAShapeInThePacific() {
        Geometry tuvalu = result.shapes().get("TUV");
        assertNotNull(tuvalu, "Tuvalu (only in Natural Earth 1:10m) must be added to the 1:50m map");
        assertFalse(tuvalu.isEmpty());
        // Tuvalu's atolls lie between about 176°E and 180°E, 5°S and 11°S.
        Envelope env = tuvalu.getEnvelopeInternal();
        assertTrue(env.getMinX() > 175 && env.getMaxX() <= 180 && env.getMinY() > -12 && env.getMaxY() < -5,
                () -> "Tuvalu's shape is not where Tuvalu is: " + env);
    }

    @Test
    void asOfDateIsPresent() {
        // data/README.md: "Data as of: 2026-08-02".
        assertEquals(LocalDate.of(2026, 8, 2), atlas.dataAsOf());
    }

    /**
     * The spot-check countries on the data's as-of date. Expected values come from the depositaries and the
     * sources listed in data/README.md and ../shared/reference-data/README.md, not from running the code:
     * <ul>
     *   <li>UNCC: UNTC XVIII-16 (Hanoi signatures, 25–26 Oct 2025) and the Dutch treaty database 013891; later
     *       signatures and reported ratifications from news (Canada July 2026; Azerbaijan, Qatar and Viet Nam reported
     *       ratifiers by 21 May 2026). The Convention is not in force (40 instruments needed, 3 reported), so a
     *       ratifier is RATIFIED, never PARTY. newshour.media (29 Oct 2025) names Japan and Canada among the States
     *       that did not sign at Hanoi.</li>
     *   <li>ETS 185: CoE chart and notifications: 45 member States (all but Ireland) and the non-member Parties
     *       incl. Canada and Japan are Parties; "two have signed it" (Ireland, South Africa).</li>
     *   <li>ETS 189: Dutch treaty database 010573 party table; signed, not ratified: Belgium, Canada, Estonia, Italy,
     *       Liechtenstein, South Africa.</li>
     *   <li>CETS 224: Dutch treaty database 013833 (52 signatures; ratifications only Serbia, Japan, Hungary), so
     *       not in force (5 needed): a ratifier is RATIFIED. Open only to Parties to ETS 185, so Ireland and South
     *       Africa cannot have signed it.</li>
     * </ul>
     */
    @Test
    void spotCheckCountriesOnTheAsOfDate() {
        LocalDate asOf = atlas.dataAsOf();
        List<String> wrong = new ArrayList<>();
        //                    UNCC      ETS185  ETS189    CETS224
        // Norway: not among the Hanoi signatories (UNTC list / NL 013891) nor any later one found; ETS 185 Party
        // (ratified before Apr 2008, cyberlaw.org.uk); ETS 189 Party (R 2008-04-29, in force 2008-08-01, NL 010573);
        // CETS 224: the 51st signatory on 9 Jul 2025 (cadeproject.org, NL 013833).
        expect(wrong, asOf, "NOR", NONE, PARTY, PARTY, SIGNED);
        // Japan: did not sign at Hanoi (newshour); ETS 185 acceptance 2012-07-03, in force 2012-11-01 (CoE
        // notification); never signed ETS 189; CETS 224 ratified 2023-08-10, protocol not in force (3 < 5).
        expect(wrong, asOf, "JPN", NONE, PARTY, NONE, RATIFIED);
        // Canada: signed UNCC in July 2026 (michaelgeist.ca); ETS 185 in force 2015-11-01; ETS 189 signed
        // 2005-07-08, not ratified; CETS 224 signed 2023-06-20.
        expect(wrong, asOf, "CAN", SIGNED, PARTY, SIGNED, SIGNED);
        // Ireland: signed UNCC at Hanoi 25 Oct 2025 (UNTC); ETS 185 signed 2002-02-28, not ratified (Dáil answer
        // of 2025-10-08); no ETS 189 signature; cannot sign CETS 224 (not a Party to ETS 185).
        expect(wrong, asOf, "IRL", SIGNED, SIGNED, NONE, NONE);
        // South Africa: signed UNCC at Hanoi (ITWeb); ETS 185 signed 2001-11-23, not ratified; ETS 189 signatory
        // (cyberlaw.org.uk 2008), not ratified; cannot sign CETS 224.
        expect(wrong, asOf, "ZAF", SIGNED, SIGNED, SIGNED, NONE);
        // Viet Nam: signed first at Hanoi, reported ratifier by 2026-05-21 (machineherald); the Convention is not in
        // force, so RATIFIED; no action under the Council of Europe treaties.
        expect(wrong, asOf, "VNM", RATIFIED, NONE, NONE, NONE);
        // Azerbaijan: signed 2025-10-25 (UNTC), reported ratifier (approval law 2026-02-23; machineherald); ETS 185
        // ratified 2010-03-15, in force 2010-07-01 (CoE chart); not in the ETS 189 or CETS 224 tables.
        expect(wrong, asOf, "AZE", RATIFIED, PARTY, NONE, NONE);
        // Tuvalu: in none of the four treaties' lists.
        expect(wrong, asOf, "TUV", NONE, NONE, NONE, NONE);
        assertTrue(wrong.isEmpty(), () -> "on " + asOf + ":\n" + String.join("\n", wrong));
    }

    private static void expect(List<String> wrong, LocalDate day, String iso3, StatusClass uncc, StatusClass ets185,
                               StatusClass ets189, StatusClass cets224) {
        StatusClass[] expected = {uncc, ets185, ets189, cets224};
        TreatyId[] treaties = {TreatyId.UNCC, TreatyId.ETS185, TreatyId.ETS189, TreatyId.CETS224};
        for (int i = 0; i < treaties.length; i++) {
            StatusClass actual = atlas.history().statusOn(iso3, treaties[i], day).statusClass();
            if (actual != expected[i]) {
                wrong.add(iso3 + " " + treaties[i] + ": expected " + expected[i] + " but was " + actual);
            }
        }
    }

    private static List<StatusEvent> allEvents() {
        List<StatusEvent> events = new ArrayList<>();
        for (String iso3 : atlas.countries().keySet()) {
            for (TreatyId t : atlas.treatyIds()) {
                events.addAll(atlas.history().events(iso3, t));
            }
        }
        return events;
    }
}
