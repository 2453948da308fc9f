package org.chaord.atlas.ui.saved;

import org.chaord.atlas.export.BundledData;
import org.chaord.atlas.model.View;
import org.chaord.atlas.render.BundledWorld;
import org.chaord.atlas.render.Palette;
import org.chaord.atlas.render.Viewport;
import org.chaord.atlas.ui.AtlasViewModel;
import org.chaord.atlas.ui.internal.UiThreads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Save view / Open view / recent files on the view-model, without a stage. */
class SavedViewsTest {

    private AtlasViewModel vm;
    private SavedViews views;

    @BeforeEach
    void load() {
        vm = new AtlasViewModel(UiThreads.direct(), null, () -> LocalDate.of(2026, 11, 28));
        vm.showLoaded(BundledData.get(), BundledWorld.get());
        vm.extent().resize(1200, 640);
        views = new SavedViews(vm);
    }

    @Test
    void anOpenedViewRestoresWhatWasSaved(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("internet.csv");
        Files.writeString(csv, "iso3,Internet users (%)\nFRA,86.1\n", StandardCharsets.UTF_8);
        vm.setView(View.ETS185);
        vm.setDate(LocalDate.of(2012, 5, 4));
        vm.looks().setPalette(Palette.COLOR_BLIND_SAFE);
        vm.showCountry("BRA");
        vm.marks().highlightGroup("G20");
        views.openDataset(csv);
        Viewport saved = vm.extent().viewport();
        Path file = dir.resolve("brazil.view.json");
        assertTrue(views.save(file));

        vm.setView(View.UNCC);
        vm.setDate(LocalDate.of(2026, 1, 1));
        vm.looks().setPalette(Palette.DEFAULT);
        vm.select("FRA");
        vm.marks().highlightGroup(null);
        vm.showRegion(org.chaord.atlas.render.RegionPreset.WORLD);
        assertTrue(views.open(file));

        assertEquals(View.ETS185, vm.view());
        assertEquals(LocalDate.of(2012, 5, 4), vm.date());
        assertEquals(Palette.COLOR_BLIND_SAFE, vm.looks().paletteProperty().get());
        assertEquals("BRA", vm.selected());
        assertEquals("G20", vm.marks().group());
        assertEquals(List.of(csv.toAbsolutePath()), views.datasets(), "opened once, not again");
        Viewport back = vm.extent().viewport();
        assertEquals(saved.centerX(), back.centerX(), saved.visibleWorld().getWidth() * 0.01, "the same part of the map");
        assertEquals(saved.centerY(), back.centerY(), saved.visibleWorld().getHeight() * 0.01);
        assertEquals(1, back.scale() / saved.scale(), 0.05, "at the same zoom (within the fit's margin)");
        assertEquals(List.of(new RecentFile(file, RecentFile.Kind.VIEW), new RecentFile(csv, RecentFile.Kind.DATASET)),
                views.recent().files());
    }

    @Test
    void aDamagedOrNewerFileKeepsTheCurrentViewAndSaysWhy(@TempDir Path dir) throws Exception {
        vm.setView(View.ETS189);
        vm.setDate(LocalDate.of(2010, 1, 1));
        Path damaged = dir.resolve("damaged.view.json");
        Files.writeString(damaged, "{\n  \"format\": \"chaord-atlas-view\",\n  \"version\": 1,\n  \"view\": [\"UN}\n");
        assertFalse(views.open(damaged));
        assertEquals(View.ETS189, vm.view());
        assertEquals(LocalDate.of(2010, 1, 1), vm.date());
        assertTrue(views.noticeProperty().get().problem());
        assertTrue(views.noticeProperty().get().text().matches("(?s).*" + java.util.regex.Pattern.quote(damaged.toString())
                + ":5:1: the view file is damaged.*"), // the unclosed string runs to the end of the file
                views.noticeProperty().get().text());

        Path newer = dir.resolve("newer.view.json");
        Files.writeString(newer, "{\"format\": \"chaord-atlas-view\", \"version\": 2, \"view\": \"UNCC\","
                + " \"date\": \"2026-01-01\"}");
        assertFalse(views.open(newer));
        assertEquals(View.ETS189, vm.view());
        assertTrue(views.noticeProperty().get().text().contains("saved by a newer Chaord Atlas (view file version 2"),
                views.noticeProperty().get().text());

        Path unknown = dir.resolve("unknown.view.json");
        Files.writeString(unknown, "{\"format\": \"chaord-atlas-view\", \"version\": 1, \"view\": \"NOSUCH\","
                + " \"date\": \"2026-01-01\"}");
        assertFalse(views.open(unknown));
        assertEquals(View.ETS189, vm.view());
        assertTrue(views.noticeProperty().get().text().contains("no view \u201cNOSUCH\u201d"),
                views.noticeProperty().get().text());
        assertEquals(List.of(), views.recent().files(), "files that did not open are not recent files");
    }

    @Test
    void aHugeOrBinaryFileIsNoViewAndIsNotReadWhole(@TempDir Path dir) throws Exception {
        vm.setView(View.ETS189);
        Path huge = dir.resolve("huge.view.json");
        try (var out = java.nio.channels.FileChannel.open(huge, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            out.write(java.nio.ByteBuffer.wrap(new byte[] {'{'}), 64L << 20); // sparse: 64 MB that take no disk
        }
        assertFalse(views.open(huge));
        assertTrue(views.noticeProperty().get().text().contains("not a view file (larger than 1 MB)"),
                views.noticeProperty().get().text());
        Path binary = Files.write(dir.resolve("photo.view.json"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
        assertFalse(views.open(binary));
        assertTrue(views.noticeProperty().get().text().contains("not a view file (not UTF-8 text)"),
                views.noticeProperty().get().text());
        assertEquals(View.ETS189, vm.view());
    }

    @Test
    void datasetsDroppedByAReloadAreNotSavedAsOpen(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("x.csv"), "iso3,x\nFRA,1\n");
        views.openDataset(csv);
        assertEquals(List.of(csv.toAbsolutePath()), views.capture().datasets());
        vm.showLoaded(BundledData.get(), BundledWorld.get()); // what File → Reload delivers: the folder's data only
        assertEquals(List.of(), views.capture().datasets());
        views.openDataset(csv);
        assertEquals(1, vm.atlas().indicators().stream().filter(d -> d.name().equals("x")).count(), "open again");
    }

    @Test
    void aMissingRecentFileIsSaidAndLeavesTheList(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.view.json");
        Path b = dir.resolve("b.csv");
        Files.writeString(b, "iso3,x\nFRA,1\n");
        assertTrue(views.save(a));
        views.openDataset(b);
        Files.delete(a);
        views.openRecent(views.recent().files().get(1));
        assertEquals(List.of(new RecentFile(b, RecentFile.Kind.DATASET)), views.recent().files());
        assertTrue(views.noticeProperty().get().text().startsWith("File not found: " + a.toAbsolutePath()),
                views.noticeProperty().get().text());
    }

    @Test
    void aSavedLanguageIsSpokenAndAChangeMapSaysWhatIsShown(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("fr.view.json");
        Files.writeString(file, "{\"format\": \"chaord-atlas-view\", \"version\": 1, \"view\": \"UNCC\","
                + " \"date\": \"2025-10-27\", \"since\": \"2025-10-24\", \"language\": \"fr\"}");
        views.useCompare(CompareHook.NONE);
        assertTrue(views.open(file));
        assertEquals(Locale.FRENCH.getLanguage(), vm.texts().locale().getLanguage());
        assertEquals(LocalDate.of(2025, 10, 27), vm.date());
        assertTrue(views.noticeProperty().get().text().contains("changements du 24"),
                "without the compare mode the To date's status is shown, and said: " + views.noticeProperty().get());
        assertNull(views.capture().since(), "and saved again as a status map");
    }

    @Test
    void aChangeMapOpensInCompareModeAndIsSavedAsOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("hanoi.view.json");
        Files.writeString(file, "{\"format\": \"chaord-atlas-view\", \"version\": 1, \"view\": \"UNCC\","
                + " \"date\": \"2025-10-27\", \"since\": \"2025-10-24\"}");
        assertTrue(views.open(file));
        assertTrue(vm.compare().isActive(), "compare mode");
        assertEquals(LocalDate.of(2025, 10, 24), vm.compare().from());
        assertEquals(LocalDate.of(2025, 10, 27), vm.date());
        assertEquals(LocalDate.of(2025, 10, 24), vm.frame().since(), "the map shows the changes from that day");
        assertNull(views.noticeProperty().get(), "nothing to explain");
        Path again = dir.resolve("again.view.json");
        assertTrue(views.save(again));
        assertEquals(LocalDate.of(2025, 10, 24), org.chaord.atlas.export.SavedViewFile.read(again).since());

        Path status = dir.resolve("status.view.json");
        Files.writeString(status, "{\"format\": \"chaord-atlas-view\", \"version\": 1, \"view\": \"UNCC\","
                + " \"date\": \"2026-01-01\"}");
        assertTrue(views.open(status));
        assertFalse(vm.compare().isActive(), "a status map leaves compare mode");
        assertNull(views.capture().since());
    }

    @Test
    void recentFilesAreNewestFirstOnceEachAndAtMostEight(@TempDir Path dir) {
        RecentFiles recent = new RecentFiles();
        for (int i = 0; i < 10; i++) {
            recent.add(new RecentFile(dir.resolve("v" + i + ".view.json"), RecentFile.Kind.VIEW));
        }
        recent.add(new RecentFile(dir.resolve("v5.view.json"), RecentFile.Kind.VIEW));
        List<String> names = recent.files().stream().map(f -> f.file().getFileName().toString()).toList();
        assertEquals(List.of("v5.view.json", "v9.view.json", "v8.view.json", "v7.view.json", "v6.view.json",
                "v4.view.json", "v3.view.json", "v2.view.json"), names);
        RecentFiles again = new RecentFiles();
        List<String> lines = new java.util.ArrayList<>(recent.lines());
        lines.add(1, "garbage without a tab");
        lines.add(2, "spreadsheet\t/x.csv");
        again.restore(lines);
        assertEquals(recent.files(), again.files(), "remembered lines read back; unreadable ones skipped");
    }
}
