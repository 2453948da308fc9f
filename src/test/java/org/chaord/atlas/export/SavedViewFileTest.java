package org.chaord.atlas.export;

import org.chaord.atlas.geo.ProjectionKind;
import org.chaord.atlas.model.View;
import org.chaord.atlas.render.Palette;
import org.chaord.atlas.render.RegionPreset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SavedViewFileTest {

    @TempDir
    Path dir;

    static SavedView full() {
        return new SavedView(View.COMPARISON, LocalDate.of(2026, 3, 1), LocalDate.of(2025, 10, 24),
                ProjectionKind.fromId("robinson"), RegionPreset.EUROPE, new SavedView.Extent(-0.5, 0.2, 0.7, 1.1),
                Palette.COLOR_BLIND_SAFE, Locale.forLanguageTag("fr"), "BRA", "G20", "Qui a signé ? \"Hanoï\"",
                "Sous-titre\nsur deux lignes", List.of(Path.of("data/extra.csv"), Path.of("/tmp/é.csv")));
    }

    @Test
    void everyFieldRoundTrips() throws Exception {
        Path file = SavedViewFile.write(full(), dir.resolve("view.json"));
        assertEquals(full(), SavedViewFile.read(file));
        SavedView minimal = new SavedView(View.UNCC, LocalDate.of(2025, 11, 1), null, null, null, null, null, null,
                null, null, null, null, null);
        assertEquals(minimal, SavedViewFile.read(SavedViewFile.write(minimal, dir.resolve("min.json"))));
        String json = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(json.contains("\"format\": \"chaord-atlas-view\"") && json.contains("\"version\": 1"), json);
    }

    @Test
    void aDamagedFileSaysWhereAndKeepsNothingHalfRead() throws Exception {
        String json = SavedViewFile.toJson(full());
        Path cut = dir.resolve("cut.json");
        Files.writeString(cut, json.substring(0, json.length() / 2));
        SavedViewException e = assertThrows(SavedViewException.class, () -> SavedViewFile.read(cut));
        assertTrue(e.getMessage().matches(".*cut\\.json:\\d+:\\d+: the view file is damaged \\(not valid JSON\\)"), e.getMessage());
        Path binary = dir.resolve("bin.json");
        Files.write(binary, new byte[] {(byte) 0xC3, (byte) 0x28, 0x7B});
        assertTrue(assertThrows(SavedViewException.class, () -> SavedViewFile.read(binary)).getMessage().contains("not UTF-8"));
        Path other = dir.resolve("other.json");
        Files.writeString(other, "{\"type\": \"FeatureCollection\"}");
        assertTrue(assertThrows(SavedViewException.class, () -> SavedViewFile.read(other)).getMessage()
                .contains("not a Chaord Atlas view file"));
    }

    @Test
    void aNewerVersionIsRefusedWithAClearMessage() throws Exception {
        Path newer = dir.resolve("newer.json");
        Files.writeString(newer, SavedViewFile.toJson(full()).replace("\"version\": 1", "\"version\": 2"));
        SavedViewException e = assertThrows(SavedViewException.class, () -> SavedViewFile.read(newer));
        assertTrue(e.getMessage().contains("newer Chaord Atlas") && e.getMessage().contains("version 2"), e.getMessage());
    }

    @Test
    void aBadValueNamesTheField() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, SavedViewFile.toJson(full()).replace("\"COMPARISON\"", "\"UNCC,ETS185,ETS189\""));
        assertTrue(assertThrows(SavedViewException.class, () -> SavedViewFile.read(bad)).getMessage()
                .contains("\"view\": 'UNCC,ETS185,ETS189': a comparison takes two treaties"));
        Files.writeString(bad, SavedViewFile.toJson(full()).replace("2026-03-01", "2026-02-30"));
        assertTrue(assertThrows(SavedViewException.class, () -> SavedViewFile.read(bad)).getMessage()
                .contains("\"date\""));
        Files.writeString(bad, SavedViewFile.toJson(full()).replace("\"date\": \"2026-03-01\",", ""));
        assertTrue(assertThrows(SavedViewException.class, () -> SavedViewFile.read(bad)).getMessage()
                .contains("\"date\" is missing"));
    }

    @Test
    void theViewBecomesTheSameFigure() {
        MapFigure f = full().figure(ExportFormat.SVG, 1200, 800, 96);
        assertEquals(View.COMPARISON, f.spec().view());
        assertEquals(LocalDate.of(2025, 10, 24), f.since());
        assertEquals("BRA", f.selected());
        assertEquals("G20", f.highlightedGroup());
        assertEquals(-0.5, f.spec().extent().getMinX());
        assertEquals(Palette.COLOR_BLIND_SAFE, f.spec().palette());
    }
}
