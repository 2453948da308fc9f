package org.chaord.atlas.ui.compare;

import org.chaord.atlas.export.BundledData;
import org.chaord.atlas.model.ChangeClass;
import org.chaord.atlas.model.EventType;
import org.chaord.atlas.model.StatusChanges;
import org.chaord.atlas.model.StatusEvent;
import org.chaord.atlas.model.StatusClass;
import org.chaord.atlas.model.TreatyId;
import org.chaord.atlas.model.View;
import org.chaord.atlas.render.BundledWorld;
import org.chaord.atlas.render.ChangeClassStyle;
import org.chaord.atlas.render.LegendEntry;
import org.chaord.atlas.render.MapScene;
import org.chaord.atlas.render.SceneCountry;
import org.chaord.atlas.ui.AtlasViewModel;
import org.chaord.atlas.ui.internal.UiThreads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Compare mode through the main view-model, without a stage, on the bundled data (Hanoi, 24 → 27 Oct 2025). */
class CompareModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final LocalDate EVE = LocalDate.of(2025, 10, 24);
    private static final LocalDate AFTER = LocalDate.of(2025, 10, 27);
    private AtlasViewModel vm;

    @BeforeEach
    void load() {
        vm = new AtlasViewModel(UiThreads.direct(), null, () -> TODAY);
        vm.extent().resize(1200, 640);
        vm.showLoaded(BundledData.get(), BundledWorld.get());
        vm.setView(View.UNCC);
    }

    private void compare(LocalDate from, LocalDate to) {
        vm.setDate(to);
        vm.compare().setActive(true, vm.date(), AtlasViewModel.TIMELINE_START);
        vm.compare().setFrom(from);
    }

    /** The states whose first UNCC signature in the data falls after {@code from}, up to and including {@code to}. */
    private static Set<String> firstSignedBetween(LocalDate from, LocalDate to) {
        return BundledData.get().atlas().countries().values().stream()
                .filter(c -> c.kind().actsInOwnRight())
                .filter(c -> BundledData.get().atlas().history().events(c.iso3(), TreatyId.UNCC).stream()
                        .filter(e -> e.type() == EventType.SIGNED).map(StatusEvent::effectiveDate).min(LocalDate::compareTo)
                        .map(d -> d.isAfter(from) && !d.isAfter(to)).orElse(false))
                .map(c -> c.iso3()).collect(Collectors.toSet());
    }

    @Test
    void theMapShowsTheChangeClassesWithTheirCountsAndTitle() {
        compare(EVE, AFTER);
        MapScene scene = vm.scene();
        StatusChanges expected = StatusChanges.between(vm.atlas(), View.UNCC, EVE, AFTER);
        var t = vm.texts();
        assertEquals(t.get("figure.changes", t.date(EVE), t.date(AFTER)), scene.title());
        assertTrue(scene.title().startsWith("Changes between "), scene.title());
        assertEquals(EVE, scene.request().frame().since());
        assertEquals(EVE, vm.frame().since(), "the export dialog and Copy image take the From date from the frame");
        for (ChangeClass c : ChangeClass.LEGEND) {
            LegendEntry line = scene.legend().stream()
                    .filter(e -> e.statusClass() == ChangeClassStyle.colourOf(c)).findFirst().orElseThrow();
            assertEquals(expected.counts().get(c), line.count(), c.name());
        }
        Set<String> hanoi = firstSignedBetween(EVE, LocalDate.of(2025, 10, 25));
        assertTrue(hanoi.size() > 50 && hanoi.contains("AUS") && hanoi.contains("VNM"), hanoi.toString());
        for (String iso3 : hanoi) {
            assertEquals(ChangeClass.NEWLY_SIGNED, vm.compare().changes().classOf(iso3), iso3);
        }
        assertEquals(firstSignedBetween(EVE, AFTER).size(), (int) expected.counts().get(ChangeClass.NEWLY_SIGNED),
                "every state that signed in Hanoi (25 and 26 Oct 2025), none else");
        SceneCountry aus = scene.countries().stream().filter(c -> c.iso3().equals("AUS")).findFirst().orElseThrow();
        assertEquals(vm.scene().palette().fill(StatusClass.SIGNED), aus.fill(), "newly signed wears the signed colour");
        assertEquals("Australia\nNewly signed: No action \u2192 Signed",
                org.chaord.atlas.ui.CountryDescriptions.hoverText(vm, "AUS"), "the hover card says what the colour says");
    }

    @Test
    void fromAfterToIsShownSwappedAndSaidSo() {
        compare(AFTER, EVE);
        assertTrue(vm.compare().swappedProperty().get());
        StatusChanges shown = vm.compare().changes();
        assertEquals(EVE, shown.from());
        assertEquals(AFTER, shown.to());
        assertEquals(ChangeClass.NEWLY_SIGNED, shown.classOf("AUS"), "the signatures still read as new, not as left");
        assertEquals(AFTER, vm.compare().from(), "the dates chosen are kept as chosen");
        vm.compare().setFrom(EVE.minusDays(1));
        assertFalse(vm.compare().swappedProperty().get());
    }

    /** The countries whose change class since From differs between two To days, computed from scratch. */
    private Set<String> movedIndependently(LocalDate from, LocalDate to1, LocalDate to2) {
        StatusChanges a = StatusChanges.between(vm.atlas(), View.UNCC, from, to1);
        StatusChanges b = StatusChanges.between(vm.atlas(), View.UNCC, from, to2);
        Set<String> moved = new HashSet<>();
        b.classes().forEach((iso3, c) -> {
            if (a.classOf(iso3) != c) {
                moved.add(iso3);
            }
        });
        return moved;
    }

    @Test
    void draggingToNamesOnlyTheCountriesWhoseChangeClassMoved() {
        LocalDate hanoi = LocalDate.of(2025, 10, 25);
        LocalDate next = hanoi.plusDays(1);
        compare(EVE, hanoi);
        MapScene before = vm.scene();
        vm.setDate(next);
        MapScene oneDayOn = vm.scene();
        assertEquals(movedIndependently(EVE, hanoi, next), vm.compare().moved(before, oneDayOn));
        vm.setDate(TODAY);
        MapScene later = vm.scene();
        Set<String> moved = vm.compare().moved(oneDayOn, later);
        Set<String> expected = movedIndependently(EVE, next, TODAY);
        assertFalse(expected.isEmpty(), "states signed or ratified after Hanoi");
        assertEquals(expected, moved);
        assertTrue(moved.size() < 60, "far fewer than the 240 countries a full repaint touches: " + moved.size());
        vm.compare().setFrom(EVE.minusYears(1));
        assertNull(vm.compare().moved(later, vm.scene()), "a new From is a new map, painted whole");
    }

    @Test
    void hoveringALegendLineOutlinesItsChangeClass() {
        compare(EVE, TODAY);
        vm.marks().highlightClass(ChangeClassStyle.colourOf(ChangeClass.NEWLY_SIGNED), true);
        Set<String> outlined = vm.scene().countries().stream().filter(SceneCountry::highlighted)
                .map(SceneCountry::iso3).collect(Collectors.toSet());
        Set<String> newlySigned = vm.compare().changes().classes().entrySet().stream()
                .filter(e -> e.getValue() == ChangeClass.NEWLY_SIGNED).map(Map.Entry::getKey)
                .filter(iso3 -> vm.world().shape(iso3) != null).collect(Collectors.toSet());
        assertEquals(newlySigned, outlined);
    }

    @Test
    void leavingCompareModeRestoresTheStatusMap() {
        compare(EVE, AFTER);
        vm.compare().setActive(false, vm.date(), AtlasViewModel.TIMELINE_START);
        assertNull(vm.scene().request().frame().since());
        assertNull(vm.compare().changes());
        assertEquals(vm.atlas().countsOn(View.UNCC, AFTER).get(StatusClass.SIGNED), vm.scene().legend().stream()
                .filter(e -> e.statusClass() == StatusClass.SIGNED).findFirst().orElseThrow().count());
        assertEquals("UN Convention against Cybercrime", vm.scene().title().replace(" (Hanoi)", ""));
        vm.compare().setActive(true, vm.date(), AtlasViewModel.TIMELINE_START);
        assertEquals(EVE, vm.compare().from(), "back in compare mode, the From chosen before");
        assertNotNull(vm.compare().changes());
    }
}
