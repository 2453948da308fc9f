package org.chaord.atlas.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The import command on fixture status files: the diff rows exactly, and nothing written when it should not be. */
class ImportCommandTest {

    static final String UNCC_DIFF = """
            change,iso3,treaty,event,date,previous,participant
            dated,CIV,UNCC,signed,2025-10-25,,Côte d’Ivoire
            added,CZE,UNCC,ratified,2026-03-10,,Czech Republic
            dated,EUE,UNCC,signed,2025-10-25,2025-10,European Union
            added,EUE,UNCC,approved,2026-04-02,,European Union
            changed,IRN,UNCC,signed,2025-10-25,2025-10-26,Iran (Islamic Republic of)
            added,PSE,UNCC,acceded,2026-02-12,,State of Palestine
            dated,VNM,UNCC,accepted,2026-01-20,,Viet Nam
            missing,FRA,UNCC,signed,,2025-10-25,
            missing,GBR,UNCC,signed,,,
            unmatched,,UNCC,,,,Freedonia
            """;

    static final String ETS185_DIFF = """
            change,iso3,treaty,event,date,previous,participant
            dated,AND,ETS185,ratified,2016-11-16,2016-11,Andorra
            added,AND,ETS185,entered_into_force,2017-03-01,,Andorra
            dated,MDA,ETS185,ratified,2009-05-12,,Republic of Moldova
            added,MDA,ETS185,entered_into_force,2009-09-01,,Republic of Moldova
            dated,TUR,ETS185,signed,2010-11-10,2010-11,Türkiye
            changed,USA,ETS185,ratified,2006-09-29,2006-09-28,United States of America
            added,USA,ETS185,entered_into_force,2007-01-01,,United States of America
            missing,GBR,ETS185,signed,,2001-11-23,
            missing,GBR,ETS185,ratified,,2011-05-25,
            missing,GBR,ETS185,entered_into_force,,2011-09-01,
            """;

    @TempDir
    Path root;

    ImportFixtures f;
    byte[] original;

    @BeforeEach
    void setUp() throws IOException {
        f = new ImportFixtures(root);
        original = Files.readAllBytes(f.events());
    }

    private int dryRunCsv(String treaty, String file) throws IOException {
        return f.run("import", "--treaty", treaty, "--data", f.data.toString(), "--dry-run", "--format", "csv",
                f.file(file).toString());
    }

    private void assertDataUntouched() throws IOException {
        assertArrayEquals(original, Files.readAllBytes(f.events()), "events.csv must not change");
        try (Stream<Path> files = Files.list(f.data)) {
            assertEquals(List.of(), files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".bak") || n.endsWith(".tmp")).toList(), "no backup, no temporary file");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"XVIII-16.en.xml", "XVIII-16-copied.txt"})
    void untcXmlAndCopiedTableGiveTheExactDiff(String file) throws IOException {
        assertEquals(0, dryRunCsv("UNCC", file), f.err());
        assertEquals(UNCC_DIFF, f.out());
        assertDataUntouched();
    }

    @ParameterizedTest
    @ValueSource(strings = {"coe-185-chart-copied.txt", "coe-185-chart.html"})
    void councilOfEuropeChartAsTextOrHtmlGivesTheExactDiff(String file) throws IOException {
        assertEquals(0, dryRunCsv("ets185", file), f.err());
        assertEquals(ETS185_DIFF, f.out());
        assertDataUntouched();
    }

    @Test
    void textFormatNamesTheFileAndCountsTheChanges() throws IOException {
        assertEquals(0, f.run("import", "--treaty", "UNCC", "--data", f.data.toString(), "--dry-run",
                f.file("XVIII-16.en.xml").toString()), f.err());
        List<String> lines = f.out().strip().lines().toList();
        assertTrue(lines.get(0).startsWith("XVIII-16.en.xml: United Nations Convention against Cybercrime;"), lines.get(0));
        assertTrue(lines.get(0).endsWith("(xml, 9 participants, status as of 2026-04-16)"), lines.get(0));
        assertTrue(lines.get(1).startsWith("dated     CIV UNCC    signed             2025-10-25 was undated (by 2025-11-16)"),
                lines.get(1));
        assertEquals("3 added, 3 dated, 1 changed, 2 missing, 1 unmatched", lines.get(lines.size() - 1));
        assertEquals(12, lines.size());
        assertDataUntouched();
    }

    @Test
    void textFormatSaysOnWhichLineOfACopiedTableEachChangeIs() throws IOException {
        assertEquals(0, f.run("import", "--treaty", "ETS185", "--data", f.data.toString(), "--dry-run",
                f.file("coe-185-chart-copied.txt").toString()), f.err());
        assertTrue(f.out().contains("\"Andorra\" (line 13)\n"), f.out());
        assertTrue(f.out().contains("\"Türkiye\" (line 18)\n"), f.out());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "UNCC   | XVIII-16-truncated.xml       | XVIII-16-truncated.xml:31:44: not well-formed XML",
            "ETS185 | coe-185-chart-truncated.txt  | coe-185-chart-truncated.txt:23:3: '29/09/20' is not a date",
            "ETS185 | coe-185-chart-truncated.html | coe-185-chart-truncated.html:22: the table that starts here is not closed",
            "UNCC   | XVIII-16.pdf                 | XVIII-16.pdf: a PDF, not a status file",
            "UNCC   | XVIII-12.en.xml              | XVIII-12.en.xml: this is not the status of UNCC",
            "ETS185 | coe-189-chart-copied.txt     | coe-189-chart-copied.txt: this is the chart of Treaty 189",
            "ETS185 | XVIII-16.en.xml              | XVIII-16.en.xml: the file does not say which treaty it is",
            "ETS185 | coe-full-list.html           | coe-full-list.html: no status table",
            "UNCC   | no-such-file.xml             | no-such-file.xml: file not found",
    })
    void unreadableDamagedOrForeignFilesExitOneWithOneLineAndChangeNothing(String treaty, String file, String message)
            throws IOException {
        Path path = file.equals("no-such-file.xml") ? root.resolve(file) : f.file(file);
        assertEquals(1, f.run("import", "--treaty", treaty, "--data", f.data.toString(), path.toString()));
        assertEquals(1, f.err().strip().lines().count(), f.err());
        assertTrue(f.err().startsWith("error: " + message), f.err());
        assertEquals("", f.out());
        assertDataUntouched();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--format=xml", "--treaty=NATO", "--source-url=ftp://example.org/x.xml", "--bogus"})
    void badArgumentsExitTwo(String bad) throws IOException {
        Path file = f.file("XVIII-16.en.xml");
        String[] args = bad.startsWith("--treaty")
                ? new String[] {"import", bad, "--data", f.data.toString(), file.toString()}
                : new String[] {"import", "--treaty", "UNCC", bad, "--data", f.data.toString(), file.toString()};
        assertEquals(2, f.run(args), f.err());
        assertTrue(f.err().lines().findFirst().orElse("").contains(bad.split("=")[bad.contains("=") ? 1 : 0].replace("--", "")),
                f.err());
        assertDataUntouched();
    }

    @Test
    void aMissingFileArgumentExitsTwo() throws IOException {
        assertEquals(2, f.run("import", "--treaty", "UNCC", "--data", f.data.toString()));
        assertTrue(f.err().contains("FILE"), f.err());
        assertDataUntouched();
    }

    @Test
    void validateChecksTheAliasTableToo() throws IOException {
        assertEquals(0, f.run("validate", f.data.toString()), f.out());
        Files.writeString(f.data.resolve("participant-aliases.csv"), "name,iso3,note\nRuritania,RUR,\n");
        assertEquals(1, f.run("validate", f.data.toString()));
        assertTrue(f.out().startsWith("participant-aliases.csv:2:2: unknown country code 'RUR' (not in countries.csv)\n"), f.out());
    }
}
