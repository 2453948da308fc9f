package org.chaord.atlas.ui.chart;

import org.chaord.atlas.export.BundledData;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.ChangeClass;
import org.chaord.atlas.model.PartiesSeries;
import org.chaord.atlas.model.StateChange;
import org.chaord.atlas.model.StatusClass;
import org.chaord.atlas.model.TreatyId;
import org.chaord.atlas.model.View;
import org.chaord.atlas.render.BundledWorld;
import org.chaord.atlas.ui.AtlasViewModel;
import org.chaord.atlas.ui.internal.FrameRequests;
import org.chaord.atlas.ui.internal.Ticker;
import org.chaord.atlas.ui.internal.UiThreads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The chart pane's state, without a stage, on the bundled data. */
class ChartModelTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private final AtomicInteger backgroundRuns = new AtomicInteger();
    private AtlasViewModel vm;
    private ChartModel chart;

    @BeforeEach
    void load() {
        UiThreads counting = new UiThreads(work -> {
            backgroundRuns.incrementAndGet();
            work.run();
        }, Runnable::run, FrameRequests.IMMEDIATE, Ticker.NONE);
        vm = new AtlasViewModel(counting, null, () -> TODAY);
        vm.extent().resize(1200, 640);
        vm.showLoaded(BundledData.get(), BundledWorld.get());
        chart = vm.chart();
        backgroundRuns.set(0);
    }

    @Test
    void hiddenTheChartIsNeverComputedShownItIsTheViewsTreatyFromItsAdoptionToToday() {
        vm.setView(View.ETS185);
        vm.setView(View.COMPARISON);
        vm.setDate(LocalDate.of(2020, 1, 1));
        assertEquals(0, backgroundRuns.get(), "hidden: no work");
        assertNull(chart.chart());
        vm.setView(View.UNCC);
        chart.setShown(true);
        assertEquals(1, backgroundRuns.get());
        assertEquals(TreatyId.UNCC, chart.chart().treaty());
        assertEquals(vm.atlas().treaties().get(TreatyId.UNCC).adopted(), chart.chart().from(),
                "the UN Convention's chart starts at its adoption, as the chart command's does");
        assertEquals(TODAY, chart.chart().to());
        vm.setDate(LocalDate.of(2025, 10, 25));
        assertEquals(1, backgroundRuns.get(), "moving in time repaints the chart, it does not recompute it");
        chart.setShown(false);
        vm.setView(View.ETS185);
        assertEquals(1, backgroundRuns.get(), "hidden again: a new view costs nothing until shown");
        chart.setShown(true);
        assertEquals(TreatyId.ETS185, chart.chart().treaty());
        assertEquals(ChartModel.class, chart.getClass());
    }

    @Test
    void aPairOffersBothTreatiesAndTheChoiceSticksWhileThePairIsShown() {
        chart.setShown(true);
        vm.setView(View.COMPARISON);
        assertEquals(List.of(TreatyId.UNCC, TreatyId.ETS185), chart.treaties());
        assertEquals(TreatyId.UNCC, chart.chart().treaty(), "first the pair's first treaty");
        chart.chooseTreaty(TreatyId.ETS185);
        assertEquals(TreatyId.ETS185, chart.chart().treaty());
        chart.chooseTreaty(TreatyId.CETS224);
        assertEquals(TreatyId.ETS185, chart.treaty(), "a treaty outside the view is refused");
        vm.setDate(LocalDate.of(2010, 1, 1));
        assertEquals(TreatyId.ETS185, chart.treaty());
        vm.setView(View.CETS224);
        assertEquals(TreatyId.CETS224, chart.chart().treaty());
        vm.setView(View.FRAMEWORKS);
        assertTrue(chart.treaties().containsAll(List.of(TreatyId.UNCC, TreatyId.ETS185)), chart.treaties().toString());
    }

    @Test
    void theHoverCountsAreTheLegendCountsOfThatDay() {
        chart.setShown(true);
        Atlas atlas = vm.atlas();
        for (View view : List.of(View.UNCC, View.ETS185, View.CETS224)) {
            vm.setView(view);
            for (LocalDate day : List.of(LocalDate.of(2004, 7, 1), LocalDate.of(2022, 11, 30),
                    LocalDate.of(2025, 10, 26), LocalDate.of(2026, 5, 1))) {
                if (day.isBefore(chart.chart().from())) {
                    continue;
                }
                chart.hoverAt(day, 0);
                Map<StatusClass, Integer> legend = atlas.countsOn(view, day);
                ChartHover h = chart.hover();
                assertEquals(day, h.day());
                assertEquals(legend.get(StatusClass.PARTY), h.count(PartiesSeries.IN_FORCE), view + " " + day);
                assertEquals(legend.get(StatusClass.PARTY) + legend.get(StatusClass.RATIFIED),
                        h.count(PartiesSeries.BOUND), view + " " + day);
                assertEquals(legend.get(StatusClass.PARTY) + legend.get(StatusClass.RATIFIED)
                        + legend.get(StatusClass.SIGNED), h.count(PartiesSeries.SIGNATORIES), view + " " + day);
            }
        }
    }

    @Test
    void aPointerNearAStepShowsThatDayAndWhoMovedOnIt() {
        chart.setShown(true);
        vm.setView(View.UNCC);
        LocalDate hanoi = LocalDate.of(2025, 10, 25);
        chart.hoverAt(hanoi.minusDays(3), 5);
        ChartHover h = chart.hover();
        assertEquals(hanoi, h.day(), "snapped to the signing ceremony");
        List<String> moved = h.moved().stream().map(StateChange::iso3).toList();
        assertTrue(moved.contains("BRA") && moved.contains("AGO"), moved.toString());
        assertTrue(h.moved().stream().allMatch(c -> c.change() == ChangeClass.NEWLY_SIGNED));
        assertEquals((long) vm.atlas().countsOn(View.UNCC, hanoi).get(StatusClass.SIGNED), h.moved().stream()
                .filter(c -> vm.atlas().countries().get(c.iso3()).kind().actsInOwnRight()).count(),
                "everyone who signed at Hanoi moved that day (nobody had signed before)");
        chart.hoverAt(hanoi.minusDays(3), 1);
        assertEquals(hanoi.minusDays(3), chart.hover().day(), "too far to snap");
        assertTrue(chart.hover().moved().isEmpty(), "nobody moved on a day between steps");
        chart.clearHover();
        assertNull(chart.hover());
        chart.hoverAt(hanoi, 0);
        assertNotNull(chart.hover());
        chart.setShown(false);
        assertNull(chart.hover(), "hiding the pane ends the hover");
        assertFalse(chart.isShown());
    }
}
