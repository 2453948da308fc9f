package org.chaord.atlas.cli;

import org.chaord.atlas.data.AtlasLoader;
import org.chaord.atlas.export.SavedView;
import org.chaord.atlas.export.SavedViewFile;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.StatusClass;
import org.chaord.atlas.model.View;
import org.chaord.atlas.render.Palette;
import org.chaord.atlas.render.RegionPreset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.imageio.ImageIO;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command-line contract of issue 10: changes, export --since, chart, export --view-file. */
class ReportCommandsTest {

    @TempDir
    Path dir;

    private final CliRunner cli = new CliRunner();

    private static Atlas atlas() {
        return AtlasLoader.load(Path.of("data"), null).atlas();
    }

    @Test
    void changesListsEveryStateWhoseStatusClassDiffersWithTheClassesStatusPrints() {
        LocalDate d1 = LocalDate.of(2025, 10, 24);
        LocalDate d2 = LocalDate.of(2026, 11, 28);
        assertEquals(0, cli.run("changes", "--view", "UNCC", "--from", d1.toString(), "--to", d2.toString()), cli.err());
        List<String> lines = cli.out().lines().toList();
        assertEquals("iso3,name,from_class,to_class,date,source", lines.get(0));
        Atlas atlas = atlas();
        Set<String> expected = atlas.countries().values().stream().filter(c -> c.kind().actsInOwnRight())
                .filter(c -> atlas.history().classOn(c.iso3(), View.UNCC, d1) != atlas.history().classOn(c.iso3(), View.UNCC, d2))
                .map(c -> c.iso3()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, lines.stream().skip(1).map(l -> l.split(",")[0]).collect(Collectors.toCollection(TreeSet::new)));
        assertEquals(expected.size(), lines.size() - 1, "one row per state");
        // The classes are the ones `status` prints on each date.
        assertEquals(0, cli.run("status", "--view", "UNCC", "--date", d2.toString()));
        String statusAzeLine = cli.out().lines().filter(l -> l.startsWith("AZE,")).findFirst().orElseThrow();
        assertEquals(0, cli.run("changes", "--view", "UNCC", "--from", d1.toString(), "--to", d2.toString()));
        String changeAzeLine = cli.out().lines().filter(l -> l.startsWith("AZE,")).findFirst().orElseThrow();
        assertEquals(statusAzeLine.split(",")[2], changeAzeLine.split(",")[3]);
        assertTrue(changeAzeLine.contains(",NONE,RATIFIED,2026-05-21,https://"), changeAzeLine);
    }

    @Test
    void hanoiChangesAreTheSeventyTwoSignatoriesIncludingTheEu() {
        assertEquals(0, cli.run("changes", "--view", "UNCC", "--from", "2025-10-24", "--to", "2025-10-27", "--format", "csv"), cli.err());
        List<String> rows = cli.out().lines().skip(1).toList();
        assertEquals(72, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.split(",")[2].equals("NONE") && r.split(",")[3].equals("SIGNED")), cli.out());
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("EUE,European Union,NONE,SIGNED,2025-10-25,https://")), cli.out());
        assertTrue(cli.err().isBlank(), cli.err());
    }

    @Test
    void fromAfterToIsSwappedAndSaidOnStandardError() {
        assertEquals(0, cli.run("changes", "--from", "2025-10-24", "--to", "2025-10-27"));
        String right = cli.out();
        assertEquals(0, cli.run("changes", "--from", "2025-10-27", "--to", "2025-10-24"));
        assertEquals(right, cli.out(), "the same rows");
        assertTrue(cli.err().contains("swapped"), cli.err());
    }

    @Test
    void textFormatShowsTheCountsPerChangeClass() {
        assertEquals(0, cli.run("changes", "--from", "2025-10-24", "--to", "2025-10-27", "--format", "text"), cli.err());
        List<String> lines = cli.out().lines().toList();
        assertTrue(lines.get(0).contains("72 of") && lines.get(1).contains("Newly signed 72"), cli.out());
        assertTrue(lines.get(2).startsWith("iso3") && lines.get(2).contains("from_class"), cli.out());
        assertEquals(72 + 3, lines.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--view=NATO", "--from=2025-13-01", "--format=xml"})
    void badChangesArgumentsExitTwo(String bad) {
        assertEquals(2, cli.run("changes", "--from", "2025-10-24", bad));
        assertTrue(cli.err().lines().findFirst().orElse("").contains(bad.split("=")[1]), cli.err());
    }

    @Test
    void statusKeepsListingTheEu() {
        assertEquals(0, cli.run("status", "--view", "UNCC", "--date", "2025-11-01"));
        assertTrue(cli.out().lines().anyMatch(l -> l.startsWith("EUE,European Union,SIGNED,2025-10-25,")), cli.out());
    }

    @Test
    void exportSinceWritesTheChangeMapWithTheOtherOptions() throws Exception {
        Path svg = dir.resolve("changes.svg");
        assertEquals(0, cli.run("export", "--view", "UNCC", "--since", "2025-10-24", "--date", "2025-10-27", "--lang", "fr",
                "--palette", "high-contrast", "--region", "africa", "--width", "1200", "--height", "700", "--out", svg.toString()), cli.err());
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(text.contains("Changements entre le"), "French title");
        assertTrue(text.contains("Nouvelle signature"), "the change legend");
        assertTrue(text.contains("Union européenne (organisation régionale"), "the EU note");
        int signed = Palette.HIGH_CONTRAST.fill(StatusClass.SIGNED) & 0xFFFFFF;
        assertTrue(text.contains(String.format("fill=\"rgb(%d,%d,%d)\" id=\"NGA\"", signed >> 16, signed >> 8 & 255, signed & 255)),
                "Nigeria, a Hanoi signatory, is filled as newly signed");
        Path frames = dir.resolve("frames");
        assertEquals(0, cli.run("export", "--view", "UNCC", "--since", "2025-10-24", "--from", "2025-10-25", "--to", "2025-10-27",
                "--every", "1d", "--width", "320", "--height", "180", "--out", frames.toString()), cli.err());
        assertEquals(List.of("uncc-changes-since-2025-10-24-2025-10-25.png", "uncc-changes-since-2025-10-24-2025-10-26.png",
                "uncc-changes-since-2025-10-24-2025-10-27.png"), cli.out().strip().lines()
                .map(l -> Path.of(l).getFileName().toString()).toList());
        assertEquals(0, cli.run("export", "--since", "2025-10-27", "--date", "2025-10-24", "--width", "320", "--height", "180",
                "--out", dir.resolve("swapped.png").toString()));
        assertTrue(cli.err().contains("swapped"), cli.err());
    }

    @Test
    void chartWritesSvgWithTextLabelsAndPngOfTheSize() throws Exception {
        Path svg = dir.resolve("chart.svg");
        assertEquals(0, cli.run("chart", "--treaty", "ETS185", "--from", "2001-11-23", "--to", "2026-11-28", "--format", "svg",
                "--out", svg.toString()), cli.err());
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        for (String label : List.of(">2010</text>", ">2020</text>", ">In force</text>", ">States and organisations</text>")) {
            assertTrue(text.contains(label), label);
        }
        Path png = dir.resolve("chart.png");
        assertEquals(0, cli.run("chart", "--treaty", "uncc", "--width", "900", "--height", "500", "--out", png.toString()), cli.err());
        assertEquals(900, ImageIO.read(png.toFile()).getWidth());
        Path pdf = dir.resolve("chart");
        assertEquals(0, cli.run("chart", "--treaty", "CETS224", "--format", "pdf", "--lang", "ru", "--out", pdf.toString()), cli.err());
        assertTrue(Files.readString(pdf, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        assertEquals(2, cli.run("chart", "--treaty", "NATO", "--out", png.toString()));
        assertEquals(2, cli.run("chart", "--treaty", "UNCC", "--from", "2026-01-01", "--to", "2025-01-01", "--out", png.toString()));
        assertEquals(2, cli.run("chart", "--treaty", "UNCC", "--out", dir.resolve("chart.txt").toString()));
    }

    @Test
    void viewFileExportsTheSameFigureAsTheOptions() throws Exception {
        SavedView view = new SavedView(View.ETS185, LocalDate.of(2024, 6, 20), null, null, RegionPreset.EUROPE, null,
                Palette.GREYSCALE, Locale.forLanguageTag("es"), null, null, "Budapest 2024", "sub", List.of());
        Path file = SavedViewFile.write(view, dir.resolve("v.json"));
        Path fromFile = dir.resolve("a.svg");
        Path fromOptions = dir.resolve("b.svg");
        assertEquals(0, cli.run("export", "--view-file", file.toString(), "--width", "800", "--height", "450", "--out", fromFile.toString()), cli.err());
        assertEquals(0, cli.run("export", "--view", "ETS185", "--date", "2024-06-20", "--region", "europe", "--palette", "greyscale",
                "--lang", "es", "--title", "Budapest 2024", "--subtitle", "sub", "--width", "800", "--height", "450",
                "--out", fromOptions.toString()), cli.err());
        assertEquals(withoutClipIds(Files.readString(fromOptions)), withoutClipIds(Files.readString(fromFile)));
        assertEquals(2, cli.run("export", "--view-file", file.toString(), "--view", "UNCC", "--out", fromFile.toString()));
        assertTrue(cli.err().contains("--view-file"), cli.err());
        Path damaged = dir.resolve("damaged.json");
        Files.writeString(damaged, "{\"format\": \"chaord-atlas-view\", \"version\": 1, \"view\": ");
        assertEquals(1, cli.run("export", "--view-file", damaged.toString(), "--out", dir.resolve("c.svg").toString()));
        assertTrue(cli.err().contains("damaged.json:1:") && cli.err().contains("damaged"), cli.err());
        assertTrue(Files.notExists(dir.resolve("c.svg")));
        assertEquals(1, cli.run("export", "--view-file", dir.resolve("none.json").toString(), "--out", dir.resolve("c.svg").toString()));
        assertTrue(cli.err().contains("view file not found"), cli.err());
    }

    /** JFreeSVG names clip paths after the clock; everything else must be the same. */
    private static String withoutClipIds(String svg) {
        return svg.replaceAll("_\\d+clip-", "_clip-");
    }
}
