package org.chaord.atlas.ui;

import org.chaord.atlas.data.LoadProblem;
import org.chaord.atlas.export.BundledData;
import org.chaord.atlas.geo.ProjectionKind;
import org.chaord.atlas.model.IndicatorDataset;
import org.chaord.atlas.model.StatusClass;
import org.chaord.atlas.model.TreatyId;
import org.chaord.atlas.model.View;
import org.chaord.atlas.render.BundledWorld;
import org.chaord.atlas.render.LegendEntry;
import org.chaord.atlas.ui.internal.UiThreads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The main window's view-model, driven through its commands without a stage, on the bundled data. */
class AtlasViewModelTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private AtlasViewModel vm;

    @BeforeEach
    void load() {
        vm = new AtlasViewModel(UiThreads.direct(), null, () -> TODAY);
        vm.extent().resize(1200, 640);
        vm.showLoaded(BundledData.get(), BundledWorld.get());
    }

    @Test
    void aViewSwitchKeepsTheSelection() {
        vm.select("BRA");
        vm.setView(View.COMPARISON);
        assertEquals("BRA", vm.selected());
        assertEquals(View.COMPARISON, vm.scene().request().view());
        assertEquals("BRA", vm.scene().request().selected(), "the map still outlines Brazil");
        vm.setView(View.ETS189);
        assertEquals("BRA", vm.selected());
    }

    @Test
    void numberKeysReachEveryViewOfTheDataAndFiveStaysTheComparison() {
        List<View> offered = vm.atlas().views();
        assertTrue(offered.size() <= 9, "the bundled data offer no more views than there are number keys: " + offered);
        Set<View> reached = new HashSet<>();
        for (int key = 1; key <= 9; key++) {
            vm.setViewByKey(key);
            reached.add(vm.view());
        }
        assertEquals(Set.copyOf(offered), reached);
        assertTrue(reached.contains(View.of(TreatyId.MALABO)) && reached.contains(View.FRAMEWORKS), reached.toString());
        vm.setViewByKey(5);
        assertEquals(View.COMPARISON, vm.view(), "key 5, as the shortcut list says");
        vm.setViewByKey(1);
        assertEquals(View.UNCC, vm.view());
    }

    @Test
    void aViewOfATreatyTheDataLackIsRefused() {
        vm.setView(View.ETS189);
        vm.setView(View.of(TreatyId.parse("MADEUP")));
        vm.setView(null);
        assertEquals(View.ETS189, vm.view());
        assertEquals(View.ETS189, vm.scene().request().view());
    }

    @Test
    void stepsGoToTheNextAndPreviousDayOnWhichTheViewChanges() {
        vm.setView(View.ETS185);
        LocalDate start = LocalDate.of(2010, 6, 15);
        vm.setDate(start);
        NavigableSet<LocalDate> changes = vm.atlas().history().changeDays(View.ETS185);
        vm.days().step(true);
        LocalDate next = vm.date();
        assertTrue(next.isAfter(start), next.toString());
        assertTrue(changes.contains(next), "a day on which a Budapest status changed: " + next);
        assertTrue(changes.subSet(start, false, next, false).isEmpty(), "no change skipped");
        vm.setDate(start);
        vm.days().step(false);
        LocalDate previous = vm.date();
        assertTrue(previous.isBefore(start), previous.toString());
        assertTrue(changes.subSet(previous, false, start, true).isEmpty(), "no change skipped on the way back");
        vm.setDate(changes.last());
        vm.days().step(true);
        assertEquals(changes.last(), vm.date(), "after the last event there is nowhere to go");
    }

    @Test
    void datesStayWithinTheTimeline() {
        vm.setDate(LocalDate.of(1999, 1, 1));
        assertEquals(AtlasViewModel.TIMELINE_START, vm.date());
        vm.setDate(TODAY.plusYears(3));
        assertEquals(TODAY, vm.date());
        vm.days().moveYears(-1);
        assertEquals(TODAY.minusYears(1), vm.date());
    }

    @Test
    void theSceneCountsTheDayItShows() {
        LocalDate day = LocalDate.of(2004, 7, 1);
        vm.setView(View.ETS185);
        vm.setDate(day);
        Map<StatusClass, Integer> counts = vm.atlas().countsOn(View.ETS185, day);
        assertEquals(day, vm.scene().request().date());
        for (LegendEntry e : vm.scene().legend()) {
            if (e.count() >= 0) {
                assertEquals(counts.getOrDefault(e.statusClass(), 0), e.count(), e.statusClass().name());
            }
        }
    }

    @Test
    void aDroppedDatasetWithABadRowListsTheProblemAndKeepsTheGoodRows(@TempDir Path dir) throws IOException {
        int before = vm.problems().size();
        Path csv = dir.resolve("internet_users.csv");
        Files.writeString(csv, "iso3,Internet users (%)\nFRA,86.1\n,50.0\nDEU,92.5\n", StandardCharsets.UTF_8);
        var treaties = vm.atlas().treaties();
        vm.loading().addDataset(csv);
        assertEquals(before + 1, vm.problems().size(), vm.problems().toString());
        LoadProblem problem = vm.problems().get(vm.problems().size() - 1);
        assertTrue(problem.toString().startsWith("internet_users.csv:3:"), problem.toString());
        assertTrue(problem.message().contains("iso3"), problem.toString());
        IndicatorDataset added = vm.atlas().indicators().stream().filter(d -> d.name().equals("internet users"))
                .findFirst().orElse(null);
        assertNotNull(added, "the dataset joined the atlas");
        assertEquals("86.1", added.rowsByIso3().get("FRA").get(1));
        assertEquals("92.5", added.rowsByIso3().get("DEU").get(1));
        assertEquals(2, added.rowsByIso3().size());
        assertEquals(treaties, vm.atlas().treaties(), "the rest of the atlas is untouched");
    }

    @Test
    void aDatasetIsReadOffTheFxThreadAndJoinsWhenRead(@TempDir Path dir) throws IOException {
        java.util.ArrayDeque<Runnable> background = new java.util.ArrayDeque<>();
        AtlasViewModel queued = new AtlasViewModel(new UiThreads(background::add, Runnable::run,
                org.chaord.atlas.ui.internal.FrameRequests.IMMEDIATE, org.chaord.atlas.ui.internal.Ticker.NONE),
                null, () -> TODAY);
        queued.extent().resize(1200, 640);
        queued.showLoaded(BundledData.get(), BundledWorld.get());
        Path csv = dir.resolve("broadband.csv");
        Files.writeString(csv, "iso3,Median speed (Mbit/s)\nFRA,171.4\n", StandardCharsets.UTF_8);
        queued.loading().addDataset(csv);
        assertTrue(queued.loading().readingDatasetProperty().get(), "the window shows that a dataset is being read");
        assertTrue(queued.atlas().indicators().stream().noneMatch(d -> d.name().equals("broadband")),
                "nothing was read on the calling (FX) thread");
        assertEquals(1, background.size(), "the reading waits on the background executor");
        background.poll().run();
        assertFalse(queued.loading().readingDatasetProperty().get());
        assertTrue(queued.atlas().indicators().stream().anyMatch(d -> d.name().equals("broadband")));
    }

    @Test
    void anotherProjectionProjectsTheMapAgainAndShowsTheWholeWorld() {
        vm.showCountry("FRA");
        vm.looks().setProjection(ProjectionKind.ROBINSON);
        assertEquals(ProjectionKind.ROBINSON, vm.world().projection().kind());
        assertEquals(ProjectionKind.ROBINSON, vm.scene().world().projection().kind());
        assertTrue(vm.extent().viewport().visibleWorld().contains(vm.world().bounds()));
        assertEquals("FRA", vm.selected());
    }

    @Test
    void showingACountrySelectsItAndZoomsToIt() {
        double worldScale = vm.extent().viewport().scale();
        vm.showCountry("TUV");
        assertEquals("TUV", vm.selected());
        assertTrue(vm.extent().viewport().visibleWorld().contains(vm.world().shape("TUV").envelope()));
        assertTrue(vm.extent().viewport().scale() > 10 * worldScale, "zoomed in to Tuvalu");
    }
}
