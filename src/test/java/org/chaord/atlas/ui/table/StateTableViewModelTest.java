package org.chaord.atlas.ui.table;

import org.chaord.atlas.export.BundledData;
import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.Country;
import org.chaord.atlas.model.StatusClass;
import org.chaord.atlas.model.TreatyId;
import org.chaord.atlas.model.TreatyStatus;
import org.chaord.atlas.model.View;
import org.chaord.atlas.render.BundledWorld;
import org.chaord.atlas.ui.AtlasViewModel;
import org.chaord.atlas.ui.internal.UiThreads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The table of every state driven through its model without a stage, on the bundled data. */
class StateTableViewModelTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final LocalDate DAY = LocalDate.of(2026, 6, 1);
    private AtlasViewModel vm;
    private StateTableViewModel table;
    private Atlas atlas;

    @BeforeEach
    void load() {
        vm = new AtlasViewModel(UiThreads.direct(), null, () -> TODAY);
        vm.extent().resize(1200, 640);
        vm.showLoaded(BundledData.get(), BundledWorld.get());
        vm.setDate(DAY);
        atlas = vm.atlas();
        table = new StateTableViewModel(vm, UiThreads.direct());
        table.show(true);
    }

    private Set<String> isoCodes() {
        return table.lines().stream().map(TableLine::iso3).collect(Collectors.toSet());
    }

    @Test
    void everyStateAndTheEuHasALineAndTheCountSaysSo() {
        long acting = atlas.countries().values().stream().filter(c -> c.kind().actsInOwnRight()).count();
        assertEquals(acting, table.lines().size());
        assertTrue(isoCodes().contains("EUE"), "the European Union acts in its own right");
        assertFalse(isoCodes().contains("GRL"), "a territory has no line of its own");
        assertEquals(acting + " of " + acting + " states and organisations", table.countProperty().get());
    }

    @Test
    void theRegionFilterKeepsExactlyThatRegionsStates() {
        table.setFilter(TableFilter.ANY.withRegion("Africa"));
        Set<String> expected = atlas.countries().values().stream()
                .filter(c -> c.kind().actsInOwnRight() && "Africa".equals(c.region())).map(Country::iso3)
                .collect(Collectors.toSet());
        assertEquals(expected, isoCodes());
        assertEquals(expected.size() + " of " + table.total() + " states and organisations", table.countProperty().get());
        assertTrue(table.regions().containsAll(List.of("Africa", "Europe", "Asia")), table.regions().toString());
    }

    @Test
    void theGroupFilterKeepsTheMembersOfTheDay() {
        table.setFilter(TableFilter.ANY.withGroup("EU"));
        Set<String> members = atlas.countries().keySet().stream()
                .filter(iso3 -> atlas.groupsOf(iso3, DAY).contains("EU")).collect(Collectors.toSet());
        assertEquals(members, isoCodes());
        assertFalse(isoCodes().contains("GBR"), "the United Kingdom left the EU in 2020");
        vm.setDate(LocalDate.of(2019, 6, 1));
        assertTrue(isoCodes().contains("GBR"), "the filter follows the date: a member in June 2019");
    }

    @Test
    void theStatusFilterCountsWhatTheLegendCounts() {
        for (View view : List.of(View.UNCC, View.ETS185, View.COMPARISON)) {
            vm.setView(view);
            for (StatusClass cls : table.statuses()) {
                table.setFilter(TableFilter.ANY.withStatus(cls));
                assertEquals(atlas.countsOn(view, DAY).get(cls), table.lines().size(), view + " " + cls);
                assertTrue(table.lines().stream().allMatch(l -> l.viewClass() == cls));
            }
        }
    }

    @Test
    void aStatusOfAnotherViewIsDroppedWhenTheViewChanges() {
        vm.setView(View.COMPARISON);
        table.setFilter(TableFilter.ANY.withStatus(StatusClass.BOTH_SIGNED));
        vm.setView(View.UNCC);
        assertNull(table.filter().status(), "a pair's class means nothing in a single treaty's view");
        assertEquals(table.total(), table.lines().size());
    }

    @Test
    void freeTextFindsNamesAndCodesWithoutAccentsOrCase() {
        table.setFilter(TableFilter.ANY.withText("cote d"));
        assertEquals(Set.of("CIV"), isoCodes());
        table.setFilter(TableFilter.ANY.withText("TURKIYE"));
        assertEquals(Set.of("TUR"), isoCodes());
        table.setFilter(TableFilter.ANY.withText("bra"));
        assertTrue(isoCodes().contains("BRA"), "ISO3 and names: " + isoCodes());
        vm.looks().setTexts(new Texts(Locale.FRENCH));
        table.setFilter(TableFilter.ANY.withText("etats-unis"));
        assertEquals(Set.of("USA"), isoCodes(), "the table's language's names too (États-Unis)");
        table.setFilter(TableFilter.ANY.withText("united states"));
        assertEquals(Set.of("USA"), isoCodes(), "and the data's English names");
    }

    @Test
    void filtersCombine() {
        vm.setView(View.UNCC);
        table.setFilter(TableFilter.ANY.withRegion("Europe").withStatus(StatusClass.SIGNED));
        assertFalse(table.lines().isEmpty());
        assertTrue(table.lines().stream().allMatch(l -> "Europe".equals(l.row().region())
                && l.status(TreatyId.UNCC).statusClass() == StatusClass.SIGNED));
    }

    @Test
    void statusesSortInEngagementOrderAndDatesAsDates() {
        vm.setView(View.ETS185);
        List<TableLine> byStatus = new ArrayList<>(table.lines());
        byStatus.sort(TableOrder.byStatus(TreatyId.ETS185));
        List<StatusClass> order = atlas.classes(View.ETS185);
        List<StatusClass> seen = byStatus.stream().map(l -> l.status(TreatyId.ETS185).statusClass()).distinct().toList();
        assertEquals(order.stream().filter(seen::contains).toList(), seen, "party, ratified, signed, invited … none");
        assertEquals(StatusClass.PARTY, seen.get(0));

        List<TableLine> byDate = new ArrayList<>(table.lines());
        byDate.sort(TableOrder.byDate(TreatyId.ETS185));
        List<LocalDate> days = byDate.stream().map(l -> l.status(TreatyId.ETS185).since()).toList();
        int firstEmpty = days.indexOf(null);
        assertTrue(firstEmpty > 0, "states without a status come last");
        assertTrue(days.subList(firstEmpty, days.size()).stream().allMatch(d -> d == null));
        for (int i = 1; i < firstEmpty; i++) {
            assertFalse(days.get(i).isBefore(days.get(i - 1)), "as dates, not as text: " + days.get(i - 1) + " " + days.get(i));
        }
    }

    @Test
    void namesSortByTheLanguagesCollation() {
        vm.looks().setTexts(new Texts(Locale.FRENCH));
        List<String> names = table.lines().stream().map(TableLine::name).toList();
        int egypt = names.indexOf("Égypte");
        int zambia = names.indexOf("Zambie");
        assertTrue(egypt >= 0 && egypt < zambia, "Égypte sorts with the E's, not after Z: " + egypt + " " + zambia);
    }

    @Test
    void theTableFollowsTheDateAndTheView() {
        TreatyStatus before = line("FRA").status(TreatyId.UNCC);
        vm.setDate(LocalDate.of(2025, 1, 1));
        assertEquals(StatusClass.NONE, line("FRA").status(TreatyId.UNCC).statusClass(),
                "nobody had signed the UN Convention before Hanoi");
        assertEquals(StatusClass.SIGNED, before.statusClass());
        vm.setView(View.COMPARISON);
        assertEquals(List.of(TreatyId.UNCC, TreatyId.ETS185), table.treatiesProperty().get());
        vm.setView(View.FRAMEWORKS);
        assertTrue(table.treatiesProperty().get().containsAll(List.of(TreatyId.UNCC, TreatyId.ETS185)));
        assertFalse(table.treatiesProperty().get().contains(TreatyId.ETS189), "a protocol is not a framework");
    }

    @Test
    void aHiddenTableDoesNoWorkAndIsBuiltWhenShown() {
        table.show(false);
        int built = table.rebuilds();
        vm.setDate(LocalDate.of(2010, 1, 1));
        vm.setView(View.ETS185);
        vm.setDate(LocalDate.of(2012, 1, 1));
        assertEquals(built, table.rebuilds(), "no work for a hidden tab");
        table.show(true);
        assertEquals(built + 1, table.rebuilds());
        assertEquals(List.of(TreatyId.ETS185), table.treatiesProperty().get());
        assertEquals(atlas.history().statusOn("FRA", TreatyId.ETS185, LocalDate.of(2012, 1, 1)),
                line("FRA").status(TreatyId.ETS185));
    }

    @Test
    void choosingALineSelectsTheCountryAndShowingItGoesBackToTheMap() {
        table.select("BRA");
        assertEquals("BRA", vm.selected());
        table.showOnMap("JPN");
        assertEquals("JPN", vm.selected());
        assertFalse(table.isShown(), "the map comes back");
    }

    @Test
    void aPairsExportCarriesItsClassColumnAsTheTableShowsIt(@TempDir Path dir) throws Exception {
        vm.setView(View.COMPARISON);
        table.setFilter(TableFilter.ANY.withGroup("G20"));
        Path file = dir.resolve("g20.csv");
        table.exportCsv(file, table.lines());
        assertFalse(table.export().failedProperty().get(), table.export().messageProperty().get());
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).substring(1).split(","));
        assertEquals(List.of("iso3", "name", "region", "groups", "COMPARISON_class", "UNCC_status"), header.subList(0, 6));
        assertEquals(table.lines().size() + 1, lines.size(), "one record per displayed row");
        TableLine first = table.lines().get(0);
        assertTrue(lines.get(1).contains(table.texts().className(View.COMPARISON, first.viewClass())), lines.get(1));
    }

    private TableLine line(String iso3) {
        return table.lines().stream().filter(l -> l.iso3().equals(iso3)).findFirst().orElseThrow();
    }
}
