package org.chaord.atlas.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AtlasCliTest {

    @TempDir
    Path dir;

    private final CliRunner cli = new CliRunner();

    @Test
    void exportsOnePngOfTheRequestedSize() throws IOException {
        Path file = dir.resolve("map.png");
        assertEquals(0, cli.run("export", "--view", "uncc", "--date", "2025-11-01", "--width", "640", "--height", "360",
                "--out", file.toString()), cli.err());
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(640, image.getWidth());
        assertEquals(360, image.getHeight());
        assertEquals(file.toAbsolutePath().toString(), cli.out().strip());
    }

    @Test
    void formatComesFromTheExtensionOrTheOption() throws IOException {
        Path svg = dir.resolve("map.svg");
        assertEquals(0, cli.run("--data", "data", "export", "--view", "ETS185", "--date", "2025-11-01", "--out", svg.toString()), cli.err());
        assertTrue(Files.readString(svg).contains("<svg"));
        Path pdf = dir.resolve("figure");
        assertEquals(0, cli.run("export", "--format", "pdf", "--paper", "a4", "--dpi", "72", "--out", pdf.toString()), cli.err());
        assertTrue(Files.readString(pdf, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
    }

    @Test
    void batchWritesOneFilePerDate() throws IOException {
        Path outDir = dir.resolve("frames");
        assertEquals(0, cli.run("export", "--view", "ets185", "--from", "2020-01-01", "--to", "2024-01-01", "--every", "1y",
                "--width", "320", "--height", "180", "--out", outDir.toString()), cli.err());
        assertEquals(List.of("ets185-2020-01-01.png", "ets185-2021-01-01.png", "ets185-2022-01-01.png",
                "ets185-2023-01-01.png", "ets185-2024-01-01.png"), names(outDir));
        assertEquals(5, cli.out().strip().lines().count());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--view=NATO", "--date=2025-02-30", "--width=0", "--every=1x", "--palette=pink", "--bogus"})
    void badArgumentsExitTwoWithAOneLineMessage(String bad) {
        Path file = dir.resolve("map.png");
        assertEquals(2, cli.run("export", bad, "--out", file.toString()));
        List<String> lines = cli.err().strip().lines().toList();
        assertTrue(lines.size() <= 2, cli.err());
        assertTrue(lines.get(1).startsWith("Try "), cli.err());
        assertTrue(lines.get(0).contains(bad.split("=")[bad.contains("=") ? 1 : 0].replace("--", "")), cli.err());
        assertTrue(Files.notExists(file));
    }

    @Test
    void missingDataFolderExitsOne() {
        assertEquals(1, cli.run("--data", dir.resolve("nowhere").toString(), "export", "--out", dir.resolve("m.png").toString()));
        assertTrue(cli.err().contains("data folder not found"), cli.err());
    }

    @Test
    void unwritableOutputFailsWithoutLeavingTempFiles() throws IOException {
        Path notADir = dir.resolve("file.txt");
        Files.writeString(notADir, "x");
        assertEquals(1, cli.run("export", "--width", "320", "--height", "180", "--out", notADir.resolve("map.png").toString()));
        assertEquals(1, cli.run("export", "--from", "2020-01-01", "--to", "2021-01-01", "--width", "320", "--height", "180",
                "--out", notADir.toString()));
        Path target = dir.resolve("taken.png");
        Files.createDirectory(target);
        assertEquals(1, cli.run("export", "--width", "320", "--height", "180", "--out", target.toString()));
        assertEquals(List.of("file.txt", "taken.png"), names(dir));
        assertEquals("x", Files.readString(notADir));
    }

    @Test
    void statusPrintsCsv() {
        assertEquals(0, cli.run("status", "--view", "UNCC", "--date", "2025-11-01", "--format", "csv"), cli.err());
        List<String> lines = cli.out().lines().toList();
        assertEquals("iso3,name,class,since,approximate,computed,source", lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("FRA,France,SIGNED,2025-10-25,false,false,")), cli.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("USA,United States")
                && l.contains(",NONE,")), cli.out());
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("GRL,")), "territories are not listed");
    }

    @Test
    void statusWritesAFile() throws IOException {
        Path csv = dir.resolve("status.csv");
        assertEquals(0, cli.run("status", "--view", "ETS185", "--date", "2025-11-01", "--out", csv.toString()), cli.err());
        assertTrue(Files.readString(csv).contains("\nFRA,France,PARTY,2006-05-01,"));
    }

    @Test
    void validatePassesOnBundledDataAndFailsOnABrokenCopy() throws IOException {
        assertEquals(0, cli.run("validate", "data"), cli.out() + cli.err());
        assertTrue(cli.out().contains("no problems"), cli.out());

        Path broken = dir.resolve("data");
        Files.createDirectory(broken);
        try (Stream<Path> files = Files.list(Path.of("data"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, broken.resolve(f.getFileName()));
            }
        }
        Files.writeString(broken.resolve("events.csv"),
                "XXX,UNCC,signed,2025-10-25,,https://example.org,\nFRA,UNCC,signed,2025-13-45,,https://example.org,\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        assertEquals(1, cli.run("validate", broken.toString(), "--map", "maps/countries-50m.geojson"));
        List<String> lines = cli.out().strip().lines().toList();
        assertTrue(lines.size() >= 3, cli.out());
        assertTrue(lines.get(0).matches("events\\.csv:\\d+:\\d+: .+"), cli.out());
        assertTrue(lines.get(lines.size() - 1).contains("problem"), cli.out());
    }

    @Test
    void validateOfAMissingFolderExitsOne() {
        assertEquals(1, cli.run("validate", dir.resolve("none").toString()));
        assertTrue(cli.err().contains("not found"), cli.err());
    }

    private static List<String> names(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
