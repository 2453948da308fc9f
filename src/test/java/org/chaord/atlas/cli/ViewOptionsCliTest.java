package org.chaord.atlas.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --view ID} takes any treaty of the data, {@code --compare A,B} any pair, for status and export. */
class ViewOptionsCliTest {

    @TempDir
    Path dir;

    private final CliRunner cli = new CliRunner();

    private long rowsWithClass(String cls) {
        return cli.out().lines().filter(l -> l.split(",", -1).length > 2 && l.split(",", -1)[2].equals(cls)).count();
    }

    @Test
    void statusOfARegionalTreaty() {
        assertEquals(0, cli.run("status", "--view", "malabo", "--date", "2023-06-08"), cli.err());
        assertEquals(15, rowsWithClass("PARTY"), cli.out());
        assertTrue(cli.out().contains("\nGHA,Ghana,PARTY,2023-06-08,false,false,"), cli.out());
        assertEquals(0, cli.run("status", "--view", "MALABO", "--date", "2023-06-07"), cli.err());
        assertEquals(0, rowsWithClass("PARTY"));
    }

    @Test
    void statusOfAPair() {
        assertEquals(0, cli.run("status", "--compare", "MALABO,ETS185", "--date", "2026-11-28"), cli.err());
        List<String> lines = cli.out().lines().toList();
        assertTrue(lines.contains("GHA,Ghana,BOTH_BOUND,,,,"), cli.out());
        assertTrue(lines.contains("AGO,Angola,FIRST_ONLY_BOUND,,,,"), cli.out());
        assertTrue(lines.contains("NGA,Nigeria,SECOND_ONLY_BOUND,,,,"), cli.out());
    }

    @Test
    void statusOfTheFrameworkView() {
        assertEquals(0, cli.run("status", "--view", "FRAMEWORKS", "--date", "2026-11-28"), cli.err());
        assertTrue(cli.out().lines().toList().contains("EGY,Egypt,FRAMEWORK_REGIONAL,,,,"), cli.out());
        assertTrue(rowsWithClass("FRAMEWORK_BUDAPEST") > rowsWithClass("FRAMEWORK_REGIONAL"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"--view=NATO", "--compare=UNCC", "--compare=UNCC,NATO", "--compare=UNCC,UNCC",
            "--compare=A,B,C"})
    void badViewsAreUsageErrors(String bad) {
        assertEquals(2, cli.run("status", bad, "--date", "2026-01-01"));
        assertFalse(cli.err().isBlank());
        assertEquals("", cli.out());
    }

    @Test
    void viewAndCompareTogetherAreAUsageError() {
        assertEquals(2, cli.run("status", "--view", "UNCC", "--compare", "UNCC,ETS185"));
        assertTrue(cli.err().contains("either --view or --compare"), cli.err());
    }

    @Test
    void exportsAPairAndTheFrameworkView() throws IOException {
        Path svg = dir.resolve("pair.svg");
        assertEquals(0, cli.run("export", "--compare", "ARAB2010,UNCC", "--date", "2026-11-28", "--out", svg.toString()),
                cli.err());
        String text = Files.readString(svg);
        assertTrue(text.contains("Arab Convention (LAS) only, bound"), "legend names the pair's first treaty");
        assertTrue(text.contains("regional treaties: secondary sources"), "the source line says where regional data come from");
        Path frames = dir.resolve("frames");
        assertEquals(0, cli.run("export", "--view", "frameworks", "--from", "2022-01-01", "--to", "2023-01-01",
                "--every", "1y", "--format", "svg", "--out", frames.toString()), cli.err());
        assertTrue(Files.exists(frames.resolve("frameworks-2023-01-01.svg")), cli.out());
        assertTrue(Files.readString(frames.resolve("frameworks-2023-01-01.svg")).contains("Budapest and a regional treaty"));
    }

    @Test
    void validateCoversTheRuleColumns() throws IOException {
        Path copy = Files.createDirectories(dir.resolve("data"));
        for (String f : List.of("countries.csv", "events.csv", "groups.csv", "README.md")) {
            Files.copy(Path.of("data", f), copy.resolve(f));
        }
        Files.writeString(copy.resolve("treaties.csv"),
                Files.readString(Path.of("data", "treaties.csv")).replace(",15,days_after,30,", ",15,days_afterr,30,"));
        assertEquals(1, cli.run("validate", copy.toString()));
        assertTrue(cli.out().contains("treaties.csv:6:13: unknown rule 'days_afterr'"), cli.out());
        assertEquals(0, cli.run("validate", "data"), cli.out());
        assertTrue(cli.out().contains("7 treaties"), cli.out());
    }
}
