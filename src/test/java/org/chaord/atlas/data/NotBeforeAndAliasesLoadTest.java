package org.chaord.atlas.data;

import org.chaord.atlas.model.StatusEvent;
import org.chaord.atlas.model.TreatyId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** events.csv's optional not_before column, and the alias table that must not pass for an indicator dataset. */
class NotBeforeAndAliasesLoadTest {

    private static final String HEADER = "iso3,treaty,event,date,known_by,source,note,not_before\n";

    @TempDir
    Path root;

    DataFolder folder;

    @BeforeEach
    void setUp() throws IOException {
        folder = new DataFolder(root);
    }

    @Test
    void notBeforeIsReadIntoTheEventAndKnownByKeepsItsMeaning() throws IOException {
        folder.write("events.csv", HEADER
                + "FRA,UNCC,signed,,2017-07-15,UNTC,between two lists,2008-04-10\n"
                + "VNM,UNCC,signed,2025-10-25,,UNTC,,\n");
        LoadResult r = folder.load();
        assertEquals(List.of(), r.problems());
        StatusEvent fra = r.atlas().history().events("FRA", TreatyId.UNCC).get(0);
        assertEquals(LocalDate.parse("2008-04-10"), fra.notBefore());
        assertEquals(LocalDate.parse("2017-07-15"), fra.knownBy());
        assertEquals(LocalDate.parse("2017-07-15"), fra.effectiveDate(), "the rules still count from known_by");
        assertNull(r.atlas().history().events("VNM", TreatyId.UNCC).get(0).notBefore());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "FRA,UNCC,signed,2017-07,,UNTC,,2008-04-10 | 2 | not_before is only for undated rows (this row has the date 2017-07)",
            "FRA,UNCC,signed,,2017-07-15,UNTC,,2017-07-16 | 2 | not_before (2017-07-16) is after known_by (2017-07-15)",
            "FRA,UNCC,signed,,2017-07-15,UNTC,,April 2008 | 2 | 'April 2008' is not a date (expected YYYY-MM-DD)",
    })
    void aBadNotBeforeIsReportedAtItsLineAndColumnAndTheRowIsSkipped(String row, long line, String message)
            throws IOException {
        folder.write("events.csv", HEADER + row + "\nVNM,UNCC,signed,2025-10-25,,UNTC,,\n");
        LoadResult r = folder.load();
        assertEquals(List.of(new LoadProblem("events.csv", line, 8, message)), r.problems());
        assertEquals(List.of(), r.atlas().history().events("FRA", TreatyId.UNCC));
        assertEquals(1, r.atlas().history().events("VNM", TreatyId.UNCC).size());
    }

    @Test
    void theAliasTableIsNotLoadedAsAnIndicatorDatasetButAnyOtherIso3CsvIs() throws IOException {
        folder.write(AtlasLoader.PARTICIPANT_ALIASES, "name,iso3,note\nViet Nam,VNM,UN name\nFrance,FRA,\n");
        folder.write("internet-users.csv", "iso3,share\nFRA,85\n");
        LoadResult r = folder.load();
        assertEquals(List.of(), r.problems());
        assertEquals(List.of("internet-users"), r.atlas().indicators().stream().map(d -> d.name()).toList());
    }
}
