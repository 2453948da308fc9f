package org.chaord.atlas.cli;

import org.chaord.atlas.data.AtlasLoader;
import org.chaord.atlas.data.LoadResult;
import org.chaord.atlas.model.StatusClass;
import org.chaord.atlas.model.TreatyId;
import org.chaord.atlas.model.TreatyStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The import without --dry-run: what events.csv becomes, the backup, and what it leaves alone. */
class ImportApplyTest {

    static final String URL = "https://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20XVIII/XVIII-16.en.xml";

    @TempDir
    Path root;

    ImportFixtures f;
    List<String> before;
    byte[] original;

    @BeforeEach
    void setUp() throws IOException {
        f = new ImportFixtures(root);
        original = Files.readAllBytes(f.events());
        before = Files.readAllLines(f.events(), StandardCharsets.UTF_8);
    }

    private List<String> after() throws IOException {
        return Files.readAllLines(f.events(), StandardCharsets.UTF_8);
    }

    private Path backup() throws IOException {
        try (Stream<Path> files = Files.list(f.data)) {
            List<Path> backups = files.filter(p -> p.getFileName().toString().matches("events\\.csv\\.\\d{8}-\\d{6}(-\\d+)?\\.bak")).toList();
            assertEquals(1, backups.size(), backups.toString());
            return backups.get(0);
        }
    }

    @Test
    void writesTheAddedDatedAndChangedRowsSourcedAndKeepsEveryOtherRowAsItWas() throws IOException {
        assertEquals(0, f.run("import", "--treaty", "UNCC", "--data", f.data.toString(), "--source-url", URL,
                f.file("XVIII-16.en.xml").toString()), f.err());
        String label = "XVIII-16.en.xml, status as of 2026-04-16";
        List<String> expected = new ArrayList<>(before);
        expected.set(1, "CIV,UNCC,signed,2025-10-25,," + URL + ",\"dated by import of " + label
                + "; was undated, known by 2025-11-16 (https://example.org/civ)\",");
        expected.add(3, "CZE,UNCC,ratified,2026-03-10,," + URL + ",\"added by import of " + label + "\",");
        expected.set(5, "EUE,UNCC,signed,2025-10-25,," + URL + ",\"dated by import of " + label
                + "; was 2025-10 (https://example.org/eu)\",");
        expected.add(6, "EUE,UNCC,approved,2026-04-02,," + URL + ",\"added by import of " + label + "\",");
        expected.set(9, "IRN,UNCC,signed,2025-10-25,," + URL + ",\"changed by import of " + label
                + "; was 2025-10-26 (https://example.org/irn)\",");
        expected.add(10, "PSE,UNCC,acceded,2026-02-12,," + URL + ",\"added by import of " + label + "\",");
        expected.set(14, "VNM,UNCC,accepted,2026-01-20,," + URL + ",\"dated by import of " + label
                + "; was ratified, undated, known by 2026-05-21, not before 2026-01-01 (https://example.org/vnm)\",");
        assertEquals(expected, after());
        assertArrayEquals(original, Files.readAllBytes(backup()), "the backup is the file as it was");
        assertTrue(f.out().contains("wrote " + f.events() + " (3 added, 4 rewritten); backup " + backup()), f.out());
    }

    @Test
    void theWrittenDataLoadCleanAndShowTheNewStatus() throws IOException {
        assertEquals(0, f.run("import", "--treaty", "UNCC", "--data", f.data.toString(), f.file("XVIII-16.en.xml").toString()), f.err());
        LoadResult loaded = AtlasLoader.load(f.data, null);
        assertEquals(List.of(), loaded.problems());
        TreatyStatus vnm = loaded.atlas().history().statusOn("VNM", TreatyId.UNCC, LocalDate.parse("2026-01-20"));
        assertEquals(StatusClass.RATIFIED, vnm.statusClass(), "Viet Nam's acceptance now counts from its day");
        assertFalse(vnm.approximate());
        assertEquals("XVIII-16.en.xml, status as of 2026-04-16", vnm.event().source());
        assertEquals(StatusClass.NONE,
                loaded.atlas().history().statusOn("IRN", TreatyId.UNCC, LocalDate.parse("2025-10-24")).statusClass());
        assertEquals(StatusClass.SIGNED,
                loaded.atlas().history().statusOn("IRN", TreatyId.UNCC, LocalDate.parse("2025-10-25")).statusClass());
    }

    @Test
    void thePreviewIsWhatTheWrittenFileLoadsAs() throws Exception {
        Path file = f.file("coe-185-chart.html");
        var loaded = AtlasLoader.load(f.data, null).atlas();
        var treaty = loaded.treaties().get(TreatyId.ETS185);
        var status = org.chaord.atlas.data.depositary.DepositaryFiles.read(file, treaty);
        var aliases = org.chaord.atlas.data.depositary.ParticipantAliases.load(f.data, loaded.countries(), new ArrayList<>());
        var changes = org.chaord.atlas.data.depositary.StatusDiff.compute(status, TreatyId.ETS185, aliases,
                loaded.countries(), loaded.history());
        var preview = org.chaord.atlas.data.depositary.ImportPreview.atlasWith(loaded, changes, "src");
        assertEquals(0, f.run("import", "--treaty", "ETS185", "--data", f.data.toString(), file.toString()), f.err());
        var written = AtlasLoader.load(f.data, null).atlas();
        int differences = 0;
        for (String day : new String[] {"2009-05-11", "2009-05-12", "2009-09-01", "2010-11-10", "2016-11-16", "2017-03-01"}) {
            LocalDate d = LocalDate.parse(day);
            assertEquals(written.classesOn(org.chaord.atlas.model.View.ETS185, d),
                    preview.classesOn(org.chaord.atlas.model.View.ETS185, d), day);
            differences += loaded.classesOn(org.chaord.atlas.model.View.ETS185, d)
                    .equals(written.classesOn(org.chaord.atlas.model.View.ETS185, d)) ? 0 : 1;
        }
        assertTrue(differences > 0, "the import changes what the map shows");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"XVIII-16.en.xml, UNCC", "XVIII-16-copied.txt, UNCC",
            "coe-185-chart.html, ETS185", "coe-185-chart-copied.txt, ETS185", "coe-189-chart-copied.txt, ETS189",
            "XVIII-12.en.xml, ", "coe-full-list.html, "})
    void aDialogCanTellTheTreatyFromTheFileAlone(String name, TreatyId expected) throws Exception {
        var treaties = AtlasLoader.load(f.data, null).atlas().treaties().values();
        Path file = f.file(name);
        java.util.Optional<TreatyId> found;
        try {
            found = org.chaord.atlas.data.depositary.DepositaryFiles.readAny(file, treaties).map(i -> i.treaty().id());
        } catch (org.chaord.atlas.data.depositary.DepositaryFormatException e) {
            found = java.util.Optional.empty(); // not a status page at all
        }
        assertEquals(java.util.Optional.ofNullable(expected), found);
    }

    @Test
    void importingTheSameFileAgainWritesNothingMore() throws IOException {
        Path file = f.file("coe-185-chart.html");
        assertEquals(0, f.run("import", "--treaty", "ETS185", "--data", f.data.toString(), file.toString()), f.err());
        List<String> once = after();
        assertEquals(before.size() + 3, once.size(), "three entries into force added");
        assertEquals(0, f.run("import", "--treaty", "ETS185", "--data", f.data.toString(), "--format", "csv", file.toString()), f.err());
        assertEquals("""
                change,iso3,treaty,event,date,previous,participant
                missing,GBR,ETS185,signed,,2001-11-23,
                missing,GBR,ETS185,ratified,,2011-05-25,
                missing,GBR,ETS185,entered_into_force,,2011-09-01,
                """, f.out());
        assertEquals(once, after());
        assertTrue(once.containsAll(before.stream().filter(l -> l.startsWith("GBR,")).toList()), "missing rows are kept");
        assertTrue(once.contains("JPN,ETS185,accepted,2012-07-03,,https://www.coe.int/,acceptance,"),
                "the CoE's ratification column agrees with the data's acceptance: untouched");
    }

    @Test
    void aFileWithNothingNewLeavesTheDataAndMakesNoBackup() throws IOException {
        assertEquals(0, f.run("import", "--treaty", "ETS185", "--data", f.data.toString(), f.file("coe-185-chart.html").toString()));
        byte[] updated = Files.readAllBytes(f.events());
        for (Path p : Files.list(f.data).filter(p -> p.toString().endsWith(".bak")).toList()) {
            Files.delete(p);
        }
        assertEquals(0, f.run("import", "--treaty", "ETS185", "--data", f.data.toString(), f.file("coe-185-chart.html").toString()));
        assertArrayEquals(updated, Files.readAllBytes(f.events()));
        try (Stream<Path> files = Files.list(f.data)) {
            assertFalse(files.anyMatch(p -> p.toString().endsWith(".bak")));
        }
    }
}
