package org.chaord.atlas.data;

import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.ChartStep;
import org.chaord.atlas.model.PartiesOverTime;
import org.chaord.atlas.model.PartiesSeries;
import org.chaord.atlas.model.StateChange;
import org.chaord.atlas.model.StatusClass;
import org.chaord.atlas.model.TreatyId;
import org.chaord.atlas.model.View;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The chart's count on a day is the legend's count on that day (Atlas.countsOn), for each treaty and series. */
class PartiesOverTimeTest {

    static final LocalDate START = LocalDate.of(2001, 11, 23);
    static final LocalDate END = LocalDate.of(2026, 11, 28);
    static Atlas atlas;

    @BeforeAll
    static void load() {
        atlas = AtlasLoader.load(BundledDataTest.DATA, null).atlas();
    }

    @ParameterizedTest
    @CsvSource({"UNCC", "ETS185", "ETS189", "CETS224"})
    void chartCountEqualsLegendCount(TreatyId treaty) {
        PartiesOverTime chart = PartiesOverTime.of(atlas, treaty, START, END);
        for (String day : new String[] {"2001-11-23", "2004-07-01", "2006-03-01", "2015-07-08", "2022-11-30",
                "2024-06-20", "2025-10-25", "2025-10-26", "2026-05-21", "2026-11-28"}) {
            LocalDate d = LocalDate.parse(day);
            Map<StatusClass, Integer> legend = atlas.countsOn(View.of(treaty), d);
            assertEquals(legend.get(StatusClass.PARTY), chart.countOn(PartiesSeries.IN_FORCE, d), treaty + " " + day);
            assertEquals(legend.get(StatusClass.PARTY) + legend.get(StatusClass.RATIFIED),
                    chart.countOn(PartiesSeries.BOUND, d), treaty + " " + day);
            assertEquals(legend.get(StatusClass.PARTY) + legend.get(StatusClass.RATIFIED) + legend.get(StatusClass.SIGNED),
                    chart.countOn(PartiesSeries.SIGNATORIES, d), treaty + " " + day);
        }
    }

    @Test
    void eachStepNamesTheStatesThatMovedThatDay() {
        PartiesOverTime chart = PartiesOverTime.of(atlas, TreatyId.UNCC, START, END);
        ChartStep hanoi = chart.stepOn(LocalDate.of(2025, 10, 25));
        assertEquals(LocalDate.of(2025, 10, 25), hanoi.day());
        assertEquals(hanoi.count(PartiesSeries.SIGNATORIES), hanoi.moved().size(), "nobody had signed before");
        Set<String> moved = hanoi.moved().stream().map(StateChange::iso3).collect(Collectors.toSet());
        assertTrue(moved.contains("EUE") && moved.contains("FRA"), moved.toString());
        for (ChartStep step : chart.steps().values()) {
            ChartStep previous = chart.stepOn(step.day().minusDays(1));
            if (previous != step) {
                int delta = step.count(PartiesSeries.SIGNATORIES) - previous.count(PartiesSeries.SIGNATORIES);
                assertTrue(step.moved().size() >= Math.abs(delta), step.day() + ": " + delta + " vs " + step.moved());
            }
        }
    }

    @Test
    void theUnConventionCarriesItsFortyInstrumentLine() {
        PartiesOverTime chart = PartiesOverTime.of(atlas, TreatyId.UNCC, START, END);
        assertEquals(atlas.treaties().get(TreatyId.UNCC).instrumentsForEntryIntoForce(), chart.threshold());
        if (!atlas.history().progressOn(TreatyId.UNCC, END).isReached()) {
            assertNull(chart.entryIntoForce(), "no projection before the data hold 40 instruments");
        }
        assertEquals(0, PartiesOverTime.of(atlas, TreatyId.ETS185, START, END).threshold());
    }
}
