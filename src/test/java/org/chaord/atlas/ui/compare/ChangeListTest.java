package org.chaord.atlas.ui.compare;

import com.opencsv.CSVReader;
import org.chaord.atlas.cli.AtlasCli;
import org.chaord.atlas.export.BundledData;
import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.ChangeClass;
import org.chaord.atlas.model.StatusChanges;
import org.chaord.atlas.model.View;
import org.chaord.atlas.ui.internal.UiThreads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The "All changes" list without a stage: its rows, its counts, and Export CSV… = {@code changes --format csv}. */
class ChangeListTest {

    private static final LocalDate EVE = LocalDate.of(2025, 10, 24);
    private static final LocalDate AFTER = LocalDate.of(2025, 10, 27);

    private static List<List<String>> records(String csv) throws Exception {
        try (CSVReader r = new CSVReader(new StringReader(csv))) {
            return r.readAll().stream().map(Arrays::asList).toList();
        }
    }

    @Test
    void exportCsvWritesTheRowsOfTheChangesCommand(@TempDir Path dir) throws Exception {
        Atlas atlas = BundledData.get().atlas();
        StatusChanges changes = StatusChanges.between(atlas, View.UNCC, EVE, AFTER);
        ChangeList list = new ChangeList(atlas, changes, new Texts(Locale.ENGLISH), UiThreads.direct());
        Path file = dir.resolve(list.defaultFileName());
        list.exportCsv(file);
        assertTrue(list.messageProperty().get().startsWith("Saved "), list.messageProperty().get());
        String written = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals('\uFEFF', written.charAt(0), "a byte order mark for spreadsheet programs");
        StringWriter out = new StringWriter();
        assertEquals(0, AtlasCli.run(new PrintWriter(out), new PrintWriter(new StringWriter()),
                "changes", "--view", "UNCC", "--from", EVE.toString(), "--to", AFTER.toString(), "--format", "csv"));
        assertEquals(records(out.toString()), records(written.substring(1)), "the same header and rows as the command");
        assertEquals("uncc-changes-since-2025-10-24-2025-10-27.csv", file.getFileName().toString());
    }

    @Test
    void rowsAreOldestFirstAndCountLikeTheLegend() {
        Atlas atlas = BundledData.get().atlas();
        StatusChanges changes = StatusChanges.between(atlas, View.UNCC, EVE, AFTER);
        ChangeList list = new ChangeList(atlas, changes, new Texts(Locale.ENGLISH), UiThreads.direct());
        assertEquals(changes.changes().size(), list.rows().size());
        for (int i = 1; i < list.rows().size(); i++) {
            assertTrue(!list.rows().get(i).date().isBefore(list.rows().get(i - 1).date()), "oldest first");
        }
        for (ChangeClass c : ChangeClass.LEGEND) {
            if (c != ChangeClass.UNCHANGED) {
                assertEquals(changes.counts().get(c), list.counts().getOrDefault(c, 0), c.name());
            }
        }
        String copied = list.copyText();
        assertEquals("iso3\tname\tfrom_class\tto_class\tdate\tsource", copied.lines().findFirst().orElseThrow());
        assertEquals(changes.changes().size() + 1, copied.lines().count());
    }

    @Test
    void aFailedExportSaysWhyAndLeavesNoFile(@TempDir Path dir) throws Exception {
        Atlas atlas = BundledData.get().atlas();
        ChangeList list = new ChangeList(atlas, StatusChanges.between(atlas, View.UNCC, EVE, AFTER),
                new Texts(Locale.ENGLISH), UiThreads.direct());
        Path folder = Files.createDirectory(dir.resolve("taken.csv")); // a folder where the file should go
        list.exportCsv(folder);
        assertTrue(list.messageProperty().get().startsWith("Could not save"), list.messageProperty().get());
        assertTrue(Files.isDirectory(folder));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }
}
