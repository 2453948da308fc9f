package org.chaord.atlas.data;

import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.IndicatorDataset;
import org.chaord.atlas.model.StatusClass;
import org.chaord.atlas.model.StatusEvent;
import org.chaord.atlas.model.TreatyId;
import org.chaord.atlas.model.TreatyStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AtlasLoaderTest {

    @TempDir
    Path tmp;
    DataFolder folder;

    @BeforeEach
    void setUp() throws IOException {
        folder = new DataFolder(tmp);
    }

    private static int eventCount(Atlas atlas) {
        int n = 0;
        for (String iso3 : atlas.countries().keySet()) {
            for (TreatyId t : atlas.treatyIds()) {
                n += atlas.history().events(iso3, t).size();
            }
        }
        return n;
    }

    private static LoadProblem onlyProblem(LoadResult result) {
        assertEquals(1, result.problems().size(), () -> "problems: " + result.problems());
        return result.problems().get(0);
    }

    private static void assertAt(LoadProblem p, String file, long line, int column) {
        assertEquals(file + ":" + line + ":" + column, p.file() + ":" + p.line() + ":" + p.column(), p.toString());
    }

    @Test
    void validFolderLoadsWithoutProblems() {
        LoadResult result = folder.load();
        assertEquals(List.of(), result.problems());
        assertFalse(result.hasProblems());
        Atlas atlas = result.atlas();
        assertEquals(LocalDate.of(2026, 11, 28), atlas.dataAsOf());
        assertEquals(Set.of(TreatyId.UNCC, TreatyId.ETS185), atlas.treaties().keySet());
        assertEquals(40, atlas.treaties().get(TreatyId.UNCC).instrumentsForEntryIntoForce());
        assertNull(atlas.treaties().get(TreatyId.UNCC).enteredIntoForce());
        assertEquals(LocalDate.of(2004, 7, 1), atlas.treaties().get(TreatyId.ETS185).enteredIntoForce());
        assertEquals(List.of("FRA", "VNM", "EUE", "GUF"), List.copyOf(atlas.countries().keySet()));
        assertEquals("France", atlas.countries().get("FRA").name());
        assertEquals("FRA", atlas.countries().get("GUF").sovereignIso3());
        assertTrue(atlas.countries().get("FRA").unMember());
        assertEquals(DataFolder.VALID_EVENTS, eventCount(atlas));
        assertEquals(2, atlas.groups().size());
        assertEquals(List.of("CoE", "EU"), atlas.groupsOf("FRA", LocalDate.of(2000, 1, 1)).stream().sorted().toList());
        assertEquals(List.of(), atlas.indicators());

        assertEquals(Set.of("FRA", "VNM"), result.shapes().keySet());
        assertEquals("Polygon", result.shapes().get("FRA").getGeometryType());
        assertEquals(2.5, result.shapes().get("FRA").getCentroid().getX(), 1e-9);
        assertEquals(15.5, result.shapes().get("VNM").getCentroid().getY(), 1e-9);
    }

    @Test
    void loadedDataDrivesTheStatusRules() {
        Atlas atlas = folder.load().atlas();
        TreatyStatus fra = atlas.history().statusOn("FRA", TreatyId.ETS185, LocalDate.of(2006, 5, 1));
        assertEquals(StatusClass.PARTY, fra.statusClass());
        assertFalse(fra.computed());
        assertEquals(StatusClass.RATIFIED,
                atlas.history().statusOn("FRA", TreatyId.ETS185, LocalDate.of(2006, 4, 30)).statusClass());
        TreatyStatus eu = atlas.history().statusOn("EUE", TreatyId.UNCC, LocalDate.of(2025, 10, 31));
        assertEquals(StatusClass.SIGNED, eu.statusClass());
        assertTrue(eu.approximate());
        assertEquals(StatusClass.NONE,
                atlas.history().statusOn("EUE", TreatyId.UNCC, LocalDate.of(2025, 10, 30)).statusClass());
        StatusEvent undated = atlas.history().events("FRA", TreatyId.UNCC).get(0);
        assertNull(undated.date());
        assertEquals(LocalDate.of(2025, 11, 1), undated.knownBy());
        assertEquals("day not given; as of", undated.note());
        assertEquals(StatusClass.NOT_IN_OWN_RIGHT,
                atlas.history().statusOn("GUF", TreatyId.ETS185, LocalDate.of(2020, 1, 1)).statusClass());
    }

    @Test
    void unknownCountryIsReportedInColumnOne() throws IOException {
        LoadResult r = folder.eventsWithRowAtLine4("XXX,ETS185,signed,2001-11-23,,src,").load();
        LoadProblem p = onlyProblem(r);
        assertAt(p, "events.csv", 4, 1);
        assertTrue(p.message().contains("XXX"), p.message());
        assertEquals(DataFolder.VALID_EVENTS, eventCount(r.atlas()));
    }

    @Test
    void unknownTreatyIsReportedInColumnTwo() throws IOException {
        LoadResult r = folder.eventsWithRowAtLine4("VNM,ETS999,signed,2001-11-23,,src,").load();
        LoadProblem p = onlyProblem(r);
        assertAt(p, "events.csv", 4, 2);
        assertTrue(p.message().contains("ETS999"), p.message());
        assertEquals(DataFolder.VALID_EVENTS, eventCount(r.atlas()));
    }

    @Test
    void treatyMissingFromTreatiesCsvIsReportedInColumnTwo() throws IOException {
        LoadResult r = folder.eventsWithRowAtLine4("VNM,CETS224,signed,2023-01-01,,src,").load();
        assertAt(onlyProblem(r), "events.csv", 4, 2);
    }

    @Test
    void unknownEventIsReportedInColumnThree() throws IOException {
        LoadResult r = folder.eventsWithRowAtLine4("VNM,ETS185,joined,2001-11-23,,src,").load();
        LoadProblem p = onlyProblem(r);
        assertAt(p, "events.csv", 4, 3);
        assertTrue(p.message().contains("joined"), p.message());
        assertEquals(DataFolder.VALID_EVENTS, eventCount(r.atlas()));
    }

    @Test
    void impossibleDateIsReportedInColumnFour() throws IOException {
        LoadResult r = folder.eventsWithRowAtLine4("VNM,ETS185,signed,2016-13-40,,src,").load();
        LoadProblem p = onlyProblem(r);
        assertAt(p, "events.csv", 4, 4);
        assertTrue(p.message().contains("2016-13-40"), p.message());
        assertEquals(DataFolder.VALID_EVENTS, eventCount(r.atlas()));
    }

    @Test
    void undatedEventWithoutKnownByIsReportedInColumnFive() throws IOException {
        LoadResult r = folder.eventsWithRowAtLine4("VNM,ETS185,signed,,,src,").load();
        LoadProblem p = onlyProblem(r);
        assertAt(p, "events.csv", 4, 5);
        assertTrue(p.message().contains("known_by"), p.message());
        assertEquals(DataFolder.VALID_EVENTS, eventCount(r.atlas()));
    }

    @Test
    void duplicateRowIsReportedWithTheLineOfTheFirst() throws IOException {
        // line 4 repeats line 2
        LoadResult r = folder.eventsWithRowAtLine4("FRA,ETS185,signed,2001-11-23,,CoE Treaty Office,").load();
        LoadProblem p = onlyProblem(r);
        assertEquals("events.csv", p.file());
        assertEquals(4, p.line());
        assertTrue(p.message().contains("line 2"), p.message());
        assertEquals(DataFolder.VALID_EVENTS, eventCount(r.atlas()));
    }

    @Test
    void entryIntoForceBeforeDepositIsReportedAndDropped() throws IOException {
        folder.write("events.csv", DataFolder.EVENTS.replace("entered_into_force,2006-05-01", "entered_into_force,2005-05-01"));
        LoadResult r = folder.load();
        LoadProblem p = onlyProblem(r);
        assertAt(p, "events.csv", 4, 4);
        assertTrue(p.message().contains("before the deposit"), p.message());
        assertEquals(DataFolder.VALID_EVENTS - 1, eventCount(r.atlas()));
        // without the bad row the computed date applies: deposit 2006-01-10 -> 2006-05-01
        TreatyStatus fra = r.atlas().history().statusOn("FRA", TreatyId.ETS185, LocalDate.of(2006, 5, 1));
        assertEquals(StatusClass.PARTY, fra.statusClass());
        assertTrue(fra.computed());
    }

    @Test
    void ratificationBeforeSignatureIsAllowed() throws IOException {
        LoadResult r = folder.eventsWithRowAtLine4("VNM,ETS185,ratified,2010-01-01,,src,").load();
        assertTrue(r.problems().isEmpty(), r.problems()::toString);
    }

    @Test
    void missingRequiredColumnIsReportedOnLineOneAndRowsStillLoad() throws IOException {
        folder.write("events.csv", DataFolder.EVENTS.lines()
                .map(l -> l.substring(0, l.lastIndexOf(',')))
                .reduce("", (a, b) -> a + b + "\n").replace("\"day not given; as of\"", ""));
        LoadResult r = folder.load();
        LoadProblem p = onlyProblem(r);
        assertEquals("events.csv", p.file());
        assertEquals(1, p.line());
        assertTrue(p.message().contains("'note'"), p.message());
        assertEquals(DataFolder.VALID_EVENTS, eventCount(r.atlas()));
    }

    @Test
    void unknownColumnsAreIgnoredAndHeaderCaseDoesNotMatter() throws IOException {
        folder.write("countries.csv", DataFolder.COUNTRIES.replaceFirst("iso3,iso_numeric,name",
                "ISO3,iso_numeric,Name").replace("subregion\n", "subregion,comment\n"));
        LoadResult r = folder.load();
        assertEquals(List.of(), r.problems());
        assertEquals("Viet Nam", r.atlas().countries().get("VNM").name());
    }

    @Test
    void byteOrderMarkAtFileStartIsTolerated() throws IOException {
        folder.write("events.csv", "\uFEFF" + DataFolder.EVENTS);
        folder.write("countries.csv", "\uFEFF" + DataFolder.COUNTRIES);
        LoadResult r = folder.load();
        assertEquals(List.of(), r.problems());
        assertEquals(DataFolder.VALID_EVENTS, eventCount(r.atlas()));
        assertEquals(4, r.atlas().countries().size());
    }

    @Test
    void quotedCommaAndNewlineKeepLaterLineNumbersRight() throws IOException {
        String events = DataFolder.EVENTS
                + "VNM,ETS185,signed,2020-01-01,,src,\"first line, with a comma\nsecond line\"\n" // lines 8-9
                + "VNM,ETS185,ratified,2021-13-01,,src,\n"; // line 10
        folder.write("events.csv", events);
        LoadResult r = folder.load();
        LoadProblem p = onlyProblem(r);
        assertAt(p, "events.csv", 10, 4);
        StatusEvent signed = r.atlas().history().events("VNM", TreatyId.ETS185).get(0);
        assertEquals("first line, with a comma\nsecond line", signed.note());
    }

    @Test
    void windowsLineEndingsAndBlankLinesKeepValuesAndLineNumbers() throws IOException {
        String events = (DataFolder.EVENTS + "\n" // blank line 8
                + "VNM,ETS185,signed,2020-01-01,,src,\"two\nlines\"\n" // lines 9-10
                + "VNM,ETS185,ratified,2021-02-30,,src,\n") // line 11
                .replace("\n", "\r\n");
        folder.write("events.csv", events);
        folder.write("countries.csv", DataFolder.COUNTRIES.replace("\n", "\r\n"));
        LoadResult r = folder.load();
        assertAt(onlyProblem(r), "events.csv", 11, 4);
        assertEquals(DataFolder.VALID_EVENTS + 1, eventCount(r.atlas()));
        assertEquals("South-eastern Asia", r.atlas().countries().get("VNM").subregion());
        assertEquals("CoE Treaty Office", r.atlas().history().events("FRA", TreatyId.ETS185).get(0).source());
    }

    @Test
    void doubledQuotesAndBackslashesAreKeptAsWritten() throws IOException {
        String events = DataFolder.EVENTS
                + "VNM,ETS185,signed,2020-01-01,,\"Decree \\\"12\\\\2019\\\"\",\"saved in C:\\data\\\"\n"
                + "VNM,ETS185,ratified,2021-01-01,,\"the \"\"official\"\" gazette\",\n";
        folder.write("events.csv", events);
        LoadResult r = folder.load();
        assertEquals(List.of(), r.problems());
        List<StatusEvent> vnm = r.atlas().history().events("VNM", TreatyId.ETS185);
        assertEquals(2, vnm.size());
        assertEquals("Decree \\\"12\\\\2019\\\"", vnm.get(0).source());
        assertEquals("saved in C:\\data\\", vnm.get(0).note());
        assertEquals("the \"official\" gazette", vnm.get(1).source());
    }

    @Test
    void unclosedQuoteGivesAProblemAtTheRowWhereItOpens() throws IOException {
        String events = DataFolder.EVENTS
                + "VNM,ETS185,signed,2020-01-01,,\"src,\n" // line 8: the quote never closes
                + "VNM,ETS185,ratified,2021-01-01,,src,\n"
                + "VNM,ETS185,observer,2019-01-01,,src,\n";
        folder.write("events.csv", events);
        LoadResult r = folder.load();
        LoadProblem p = onlyProblem(r);
        assertEquals("events.csv", p.file());
        assertEquals(8, p.line());
        assertTrue(p.message().contains("quote"), p.message());
        // issue 14: the stray quote costs its own line only; the two valid rows after it are read
        assertEquals(DataFolder.VALID_EVENTS + 2, eventCount(r.atlas()));
    }

    @Test
    void missingFileGivesAProblem() throws IOException {
        Files.delete(folder.dir.resolve("events.csv"));
        LoadResult r = folder.load();
        LoadProblem p = onlyProblem(r);
        assertEquals("events.csv", p.file());
        assertTrue(p.message().contains("not found"), p.message());
        assertEquals(4, r.atlas().countries().size());
    }

    @Test
    void missingReadmeAndAsOfLineAreReported() throws IOException {
        folder.write("README.md", "# Data\nNo date here.\n");
        LoadResult r = folder.load();
        assertEquals("README.md", onlyProblem(r).file());
        assertNull(r.atlas().dataAsOf());
    }

    @Test
    void emptyFileGivesAProblem() throws IOException {
        folder.write("groups.csv", "");
        LoadResult r = folder.load();
        assertAt(onlyProblem(r), "groups.csv", 1, 0);
    }

    @Test
    void badCountryAndGroupRowsAreReported() throws IOException {
        folder.write("countries.csv", DataFolder.COUNTRIES + "ABC,1,Abc,planet,,true,,\n"); // line 6
        folder.write("groups.csv", DataFolder.GROUPS + "G7,ZZZ,1975,,src\n"); // line 4
        LoadResult r = folder.load();
        assertEquals(2, r.problems().size(), r.problems()::toString);
        assertAt(r.problems().get(0), "countries.csv", 6, 4);
        assertAt(r.problems().get(1), "groups.csv", 4, 2);
        assertEquals(4, r.atlas().countries().size());
        assertEquals(2, r.atlas().groups().size());
    }

    @Test
    void brokenGeoJsonGivesAProblemWithLineAndColumn() throws IOException {
        // line 3 column 14: a second comma where a value is expected
        Files.writeString(folder.map, """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature",
                   "properties":, {"iso3": "FRA"}}
                ]}
                """, StandardCharsets.UTF_8);
        LoadResult r = folder.load();
        LoadProblem p = onlyProblem(r);
        assertEquals("countries.geojson", p.file());
        assertEquals(3, p.line());
        assertEquals(17, p.column());
        assertTrue(r.shapes().isEmpty());
        assertEquals(DataFolder.VALID_EVENTS, eventCount(r.atlas()));
    }

    @Test
    void missingMapFileGivesAProblem() throws IOException {
        Files.delete(folder.map);
        LoadResult r = folder.load();
        LoadProblem p = onlyProblem(r);
        assertEquals("countries.geojson", p.file());
        assertTrue(r.shapes().isEmpty());
    }

    @Test
    void mapFeatureWithoutCountryRowIsReported() throws IOException {
        Files.writeString(folder.map, DataFolder.MAP.replace("\"VNM\"", "\"XYZ\""), StandardCharsets.UTF_8);
        LoadResult r = folder.load();
        assertTrue(onlyProblem(r).message().contains("XYZ"));
    }

    @Test
    void extraCsvWithIso3IsAnIndicatorDatasetNamedAfterTheFile() throws IOException {
        folder.write("internet_users.csv", """
                iso3,Internet users (%),Year
                FRA,86.1,2023
                VNM,78.1,2023
                """);
        LoadResult r = folder.load();
        assertEquals(List.of(), r.problems());
        assertEquals(1, r.atlas().indicators().size());
        IndicatorDataset ds = r.atlas().indicators().get(0);
        assertEquals("internet users", ds.name());
        assertEquals(List.of("iso3", "Internet users (%)", "Year"), ds.columns());
        assertEquals(List.of("FRA", "86.1", "2023"), ds.rowsByIso3().get("FRA"));
        assertNotNull(ds.rowsByIso3().get("VNM"));
    }

    @Test
    void neverThrowsOnAnEmptyFolder() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        LoadResult r = AtlasLoader.load(empty, null);
        assertTrue(r.hasProblems());
        assertTrue(r.atlas().countries().isEmpty());
    }
}
