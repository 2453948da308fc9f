package org.chaord.atlas.ui.app;

import javafx.scene.control.Button;
import org.chaord.atlas.ui.AtlasViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A broken data file: the app starts, shows the valid rows, and names file, line and column of the problem. */
class BadDataTest {

    private final FxRobot robot = new FxRobot();
    private AtlasApp app;

    @AfterEach
    void stop() throws Exception {
        System.clearProperty("atlas.data");
        RunningApp.stop(app);
    }

    @Test
    void aBrokenEventRowIsListedAndTheRestIsShown(@TempDir Path dir) throws Exception {
        copyData(dir);
        Path events = dir.resolve("events.csv");
        List<String> lines = Files.readAllLines(events, StandardCharsets.UTF_8);
        lines.add(3, "FRA,ETS185,ratified,2004-13-45,,https://example.org,broken on purpose");
        Files.write(events, lines, StandardCharsets.UTF_8);

        System.setProperty("atlas.data", dir.toString());
        app = RunningApp.start();
        AtlasViewModel vm = app.viewModel();

        assertEquals(1, vm.problems().size(), vm.problems().toString());
        assertEquals("events.csv:4:4: '2004-13-45' is not a real date: Invalid value for MonthOfYear (valid values 1 - 12): 13",
                vm.problems().get(0).toString());
        Button problems = robot.lookup("#problems").queryAs(Button.class);
        assertTrue(problems.isVisible());
        assertTrue(problems.getText().startsWith("1 "), problems.getText());
        // The valid rows are all there: France is still a Party to the Budapest Convention today.
        assertEquals(org.chaord.atlas.model.StatusClass.PARTY, vm.atlas().history()
                .statusOn("FRA", org.chaord.atlas.model.TreatyId.ETS185, vm.today()).statusClass());
        robot.clickOn("#problems");
        assertTrue(robot.lookup("#problems-list").tryQuery().isPresent(), "the problems dialog lists them");
    }

    private static void copyData(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("data"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
    }
}
