package org.chaord.atlas.data;

import org.chaord.atlas.model.IndicatorDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 14, reproduction 21: repeated iso3 keys are a panel (with a year column) or reported — never overwritten. */
class IndicatorPanelTest {

    @TempDir
    Path tmp;

    @Test
    void aDatasetWithAYearColumnIsAPanelWithTheRowForEachDate() throws IOException {
        Path file = Files.writeString(tmp.resolve("internet_use.csv"), """
                iso3,year,internet_pct
                FRA,2021,84.8
                FRA,2023,86.1
                VNM,2023,78.1
                FRA,2022,85.3
                """);
        List<LoadProblem> problems = new ArrayList<>();
        IndicatorDataset ds = IndicatorReader.read(file, problems);
        assertTrue(problems.isEmpty(), problems.toString());
        assertTrue(ds.isPanel());
        assertEquals(3, ds.panel().get("FRA").size(), "no row overwritten");
        assertEquals(List.of("FRA", "2022", "85.3"), ds.rowOn("FRA", LocalDate.of(2022, 6, 30)));
        assertEquals(List.of("FRA", "2023", "86.1"), ds.rowOn("FRA", LocalDate.of(2026, 1, 1)));
        assertNull(ds.rowOn("FRA", LocalDate.of(2020, 12, 31)), "no figure before the first year");
        assertEquals(List.of("FRA", "2023", "86.1"), ds.rowsByIso3().get("FRA"), "the latest row per country");
    }

    @Test
    void repeatsWithoutADateColumnAreReportedAndTheFirstRowIsKept() throws IOException {
        Path file = Files.writeString(tmp.resolve("gdp.csv"), """
                iso3,gdp
                FRA,3.0
                VNM,0.4
                FRA,9.9
                """);
        List<LoadProblem> problems = new ArrayList<>();
        IndicatorDataset ds = IndicatorReader.read(file, problems);
        assertFalse(ds.isPanel());
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(4, problems.get(0).line());
        assertEquals(1, problems.get(0).column());
        assertEquals(List.of("FRA", "3.0"), ds.rowsByIso3().get("FRA"));
    }

    @Test
    void aPanelRowForTheSameCountryAndDateTwiceIsReported() throws IOException {
        Path file = Files.writeString(tmp.resolve("p.csv"), "iso3,year,x\nFRA,2020,1\nFRA,2021,2\nFRA,2021,3\n");
        List<LoadProblem> problems = new ArrayList<>();
        IndicatorDataset ds = IndicatorReader.read(file, problems);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(4, problems.get(0).line());
        assertEquals(List.of("FRA", "2021", "2"), ds.rowOn("FRA", LocalDate.of(2021, 5, 1)));
    }
}
