package org.chaord.atlas.ui.app;

import javafx.scene.Node;
import javafx.scene.control.Label;
import org.chaord.atlas.model.View;
import org.chaord.atlas.ui.AtlasViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The European Union as a party in its own right (issue 10 §4): its line in the legend and in a member's panel. */
class OrganisationOnScreenTest {

    private static final LocalDate HANOI = LocalDate.of(2025, 10, 25);
    private static final String NOTE = "European Union (regional economic integration organisation): signed Oct 25, 2025";

    private final FxRobot robot = new FxRobot();
    private AtlasApp app;
    private AtlasViewModel vm;

    @AfterEach
    void stop() throws Exception {
        System.clearProperty("atlas.data");
        RunningApp.stop(app);
    }

    @Test
    void theLegendOfTheUnConventionShowsTheEuFromTheDayItSigned() throws Exception {
        start();
        show(View.UNCC, HANOI.minusDays(1));
        assertEquals(List.of(), legendNotes(), "the day before Hanoi the EU had not acted");
        show(View.UNCC, HANOI);
        assertEquals(List.of(NOTE), legendNotes());
        show(View.UNCC, LocalDate.of(2026, 3, 1));
        assertEquals(List.of(NOTE), legendNotes(), "it stays signed");
        show(View.COMPARISON, LocalDate.of(2026, 3, 1));
        assertEquals(List.of(NOTE + " (UN Convention)"), legendNotes(), "a pair names the treaty");
        show(View.ETS185, LocalDate.of(2026, 3, 1));
        assertEquals(List.of(), legendNotes(), "the EU is no party to the Budapest Convention");
    }

    @Test
    void theTrackerCountsNoInstrumentOfTheEu(@TempDir Path dir) throws Exception {
        copyData(dir);
        System.setProperty("atlas.data", dir.toString());
        start();
        show(View.UNCC, vm.today());
        String without = tracker();
        RunningApp.stop(app);
        Files.writeString(dir.resolve("events.csv"), "EUE,UNCC,approved,2026-02-02,,https://example.org/eu,"
                + "invented for this test,\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        start();
        show(View.UNCC, vm.today());
        assertEquals(List.of("European Union (regional economic integration organisation): approved Feb 2, 2026"),
                legendNotes(), "the approval is shown");
        assertFalse(without.isEmpty(), "the UN Convention is not in force in the bundled data");
        assertEquals(without, tracker(), "art. 65(1): an organisation's instrument does not count");
    }

    @Test
    void franceSidePanelSaysHowTheEuActed() throws Exception {
        start();
        robot.interact(() -> vm.select("FRA"));
        show(View.UNCC, HANOI.minusDays(1));
        assertEquals(List.of(), panelLines(), "not before the EU signed");
        show(View.UNCC, LocalDate.of(2025, 11, 3));
        assertEquals(List.of("The European Union signed as an organisation on Oct 25, 2025"), panelLines());
        show(View.ETS185, LocalDate.of(2025, 11, 3));
        assertEquals(List.of(), panelLines(), "the EU does not act under the Budapest Convention");
        show(View.UNCC, LocalDate.of(2025, 11, 3));
        robot.interact(() -> app.switchLanguage(java.util.Locale.FRENCH));
        assertEquals(List.of("L’Union européenne a signé en tant qu’organisation le 25 oct. 2025"), panelLines());
        robot.interact(() -> app.switchLanguage(java.util.Locale.ENGLISH));
        robot.interact(() -> vm.select("USA"));
        assertEquals(List.of(), panelLines(), "the United States are no EU member");
        robot.interact(() -> vm.select("GBR"));
        assertEquals(List.of(), panelLines(), "nor, since 2020, the United Kingdom");
    }

    private void start() throws Exception {
        app = RunningApp.start();
        vm = app.viewModel();
    }

    private void show(View view, LocalDate day) throws Exception {
        robot.interact(() -> {
            vm.setView(view);
            vm.setDate(day);
        });
        RunningApp.nextFrames();
    }

    private List<String> legendNotes() {
        return texts(robot.lookup("#legend .legend-note").queryAll().stream());
    }

    private List<String> panelLines() {
        return texts(robot.lookup("#panel-organisation").queryAll().stream());
    }

    private String tracker() {
        return robot.lookup("#tracker").queryAs(Label.class).getText();
    }

    private static List<String> texts(Stream<Node> nodes) {
        return nodes.filter(Node::isVisible).map(n -> ((Label) n).getText()).toList();
    }

    private static void copyData(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("data"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
    }
}
