package org.chaord.atlas.ui.app;

import com.opencsv.CSVReader;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.chaord.atlas.ui.table.TableFilter;
import org.chaord.atlas.ui.table.TableLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Export table as CSV…" on data whose country names a spreadsheet would run as formulas: the file starts with the
 * BOM, is RFC 4180 with CRLF, holds the displayed rows in the displayed order, and every formula is neutralised.
 */
class StateTableExportTest {

    /** Names injected into a copy of countries.csv, each starting with a character a spreadsheet runs. */
    private static final Map<String, String> INJECTED = Map.of(
            "FRA", "=HYPERLINK(\"http://example.org\",\"France\")", "DEU", "-Germany", "ITA", "+Italy",
            "ESP", "@Spain");

    private final FxRobot robot = new FxRobot();
    private AtlasApp app;

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        try (Stream<Path> files = Files.list(Path.of("data"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, data.resolve(f.getFileName()));
            }
        }
        Path countries = data.resolve("countries.csv");
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(countries, StandardCharsets.UTF_8)) {
            String iso3 = line.length() > 3 ? line.substring(0, 3) : "";
            if (INJECTED.containsKey(iso3)) {
                String[] cells = line.split(",", -1);
                cells[2] = '"' + INJECTED.get(iso3).replace("\"", "\"\"") + '"';
                line = String.join(",", cells);
            }
            lines.add(line);
        }
        Files.write(countries, lines, StandardCharsets.UTF_8);
        System.setProperty("atlas.data", data.toString());
        app = RunningApp.start();
        robot.interact(() -> app.table().show(true));
    }

    @AfterEach
    void stop() throws Exception {
        System.clearProperty("atlas.data");
        RunningApp.stop(app);
    }

    @SuppressWarnings("unchecked")
    private TableView<TableLine> table() {
        return robot.lookup("#state-table").queryAs(TableView.class);
    }

    @Test
    void theFileHasTheBomTheDisplayedRowsInOrderAndNoFormula() throws Exception {
        assertTrue(app.viewModel().problems().isEmpty(), app.viewModel().problems().toString());
        robot.interact(() -> {
            app.table().setFilter(TableFilter.ANY.withRegion("Europe"));
            TableColumn<TableLine, ?> name = table().getColumns().get(0);
            name.setSortType(TableColumn.SortType.DESCENDING);
            table().getSortOrder().setAll(List.of(name));
        });
        List<String> shown = table().getItems().stream().map(TableLine::iso3).toList();
        assertTrue(shown.containsAll(INJECTED.keySet()), shown.toString());
        Path file = dir.resolve("out").resolve("europe.csv");
        robot.interact(() -> app.window().centreTabs().tableView().exportTo(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !app.table().export().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(app.table().export().failedProperty().get(), app.table().export().messageProperty().get());
        assertEquals(shown.size() + " rows written to " + file.toAbsolutePath(),
                robot.lookup("#table-export-message").queryAs(Label.class).getText());

        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3), "UTF-8 BOM");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\r\n"), "records end in CRLF");
        assertFalse(text.replace("\r\n", "").contains("\n"), "no bare line feed (RFC 4180)");
        List<String[]> records;
        try (CSVReader reader = new CSVReader(new StringReader(text))) {
            records = reader.readAll();
        }
        assertEquals("iso3", records.get(0)[0]);
        assertEquals(shown, records.subList(1, records.size()).stream().map(r -> r[0]).toList(),
                "the displayed rows in the displayed order");
        for (String[] r : records.subList(1, records.size())) {
            if (INJECTED.containsKey(r[0])) {
                assertEquals("'" + INJECTED.get(r[0]), r[1], "shown as text, never run");
            }
            for (String cell : r) {
                assertFalse(!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0, "a formula cell: " + cell);
            }
        }
    }

    @Test
    void aFileThatCannotBeWrittenSaysWhyAndNamesIt() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("a-folder.csv"));
        robot.interact(() -> app.window().centreTabs().tableView().exportTo(folder));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.table().export().failedProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        String message = robot.lookup("#table-export-message").queryAs(Label.class).getText();
        assertTrue(message.startsWith("Could not write " + folder), message);
        assertTrue(message.contains("directory"), message);
        assertTrue(Files.isDirectory(folder), "nothing replaced");
        try (Stream<Path> left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no half file left");
        }
    }
}
