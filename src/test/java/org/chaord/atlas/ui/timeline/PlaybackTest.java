package org.chaord.atlas.ui.timeline;

import org.chaord.atlas.export.BundledData;
import org.chaord.atlas.render.BundledWorld;
import org.chaord.atlas.ui.AtlasViewModel;
import org.chaord.atlas.ui.internal.Ticker;
import org.chaord.atlas.ui.internal.UiThreads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Playing the timeline, advanced by hand: no stage, no clock. */
class PlaybackTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private AtlasViewModel vm;
    private Playback playback;

    @BeforeEach
    void setUp() {
        vm = new AtlasViewModel(UiThreads.direct(), null, () -> TODAY);
        vm.showLoaded(BundledData.get(), BundledWorld.get());
        playback = new Playback(vm, Ticker.NONE);
    }

    @Test
    void playingAdvancesTheDateByItsSpeedInWholeDays() {
        LocalDate start = LocalDate.of(2004, 1, 1);
        vm.setDate(start);
        playback.setSpeed(PlaybackSpeed.YEAR_PER_SECOND);
        playback.togglePlay();
        assertTrue(playback.isPlaying());
        playback.advance(0.5);
        assertEquals(start.plusDays(182), vm.date(), "half a second of a year a second: 182.6 days, whole days shown");
        playback.advance(0.5);
        assertEquals(start.plusDays(365), vm.date(), "the fractions add up: 365.25 days in one second");
        playback.setSpeed(PlaybackSpeed.MONTH_PER_SECOND);
        LocalDate before = vm.date();
        playback.advance(2);
        assertEquals(before.plusDays(61), vm.date(), "2 × 30.4 days, with the quarter day carried");
    }

    @Test
    void playingStopsAtToday() {
        vm.setDate(TODAY.minusDays(20));
        playback.setSpeed(PlaybackSpeed.MONTH_PER_SECOND);
        playback.togglePlay();
        playback.advance(1);
        assertEquals(TODAY, vm.date());
        assertFalse(playback.isPlaying(), "it stops by itself");
        playback.advance(1);
        assertEquals(TODAY, vm.date());
    }

    @Test
    void withLoopItStartsAgainAtTheFirstDay() {
        vm.setDate(TODAY.minusDays(20));
        playback.setLoop(true);
        playback.setSpeed(PlaybackSpeed.MONTH_PER_SECOND);
        playback.togglePlay();
        playback.advance(1);
        assertEquals(AtlasViewModel.TIMELINE_START, vm.date());
        assertTrue(playback.isPlaying());
    }

    @Test
    void playingFromTodayStartsFromTheFirstDayAndPauseHolds() {
        vm.setDate(TODAY);
        playback.togglePlay();
        assertEquals(AtlasViewModel.TIMELINE_START, vm.date());
        playback.togglePlay();
        assertFalse(playback.isPlaying());
        playback.advance(10);
        assertEquals(AtlasViewModel.TIMELINE_START, vm.date(), "paused means paused");
    }

    @Test
    void keyMomentsComeFromTheTreatiesWhereTheDataHasThem() {
        var moments = KeyMoments.of(vm.atlas(), TODAY);
        var budapest = vm.atlas().treaties().get(org.chaord.atlas.model.TreatyId.ETS185);
        assertEquals(budapest.openedForSignature(), moments.get("moment.budapestOpened"));
        assertEquals(budapest.enteredIntoForce(), moments.get("moment.budapestInForce"));
        assertEquals(TODAY, moments.get("moment.today"));
        assertEquals(LocalDate.of(2024, 12, 24), KeyMoments.of(null, TODAY).get("moment.unccAdopted"),
                "without data, the published date");
    }

    @Test
    void theMomentsMenuFollowsTheDataIncludingTreatiesAddedByCsv() {
        var atlas = vm.atlas();
        var items = KeyMoments.menu(atlas, TODAY, vm.texts());
        var malabo = atlas.treaties().get(org.chaord.atlas.model.TreatyId.parse("MALABO"));
        LocalDate malaboInForce = atlas.history().treatyInForce(malabo.id());
        assertEquals(LocalDate.of(2023, 6, 8), malaboInForce, "the data bring Malabo into force");
        assertTrue(items.stream().anyMatch(i -> i.day().equals(malaboInForce) && i.label().contains("Malabo")),
                "a regional treaty's entry into force is a moment, named from treaties.csv: " + items);
        assertTrue(items.stream().anyMatch(i -> i.day().equals(malabo.adopted())), "its adoption too");
        for (int i = 1; i < items.size(); i++) {
            assertFalse(items.get(i).day().isBefore(items.get(i - 1).day()), "oldest first: " + items);
        }
        assertEquals(TODAY, items.get(items.size() - 1).day(), "today last");
        assertTrue(items.stream().noneMatch(i -> i.day().isAfter(TODAY)), "nothing ahead of today");
        assertTrue(KeyMoments.menu(null, TODAY, vm.texts()).stream()
                .anyMatch(i -> i.day().equals(LocalDate.of(2024, 12, 24))), "before any data, the published moments");
    }
}
