package org.chaord.atlas.ui.app;

import javafx.scene.control.Label;
import org.chaord.atlas.render.SceneCountry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Group outlines on the map, group names in the panel, and an indicator dataset opened by the user. */
class GroupsAndDatasetsTest extends RunningAppTest {

    @Test
    void highlightingTheEuOutlinesItsMembersOfThatDay() throws Exception {
        robot.interact(() -> {
            vm.setDate(LocalDate.of(2019, 6, 1));
            vm.marks().highlightGroup("EU");
        });
        RunningApp.nextFrames();
        Set<String> outlined = app.window().map().scene().countries().stream().filter(SceneCountry::highlighted)
                .map(SceneCountry::iso3).collect(Collectors.toSet());
        assertEquals(28, outlined.size(), "28 members in June 2019: " + outlined);
        assertEquals("Outlined: European Union", robot.lookup("#legend-outlined").queryAs(Label.class).getText());
        assertTrue(outlined.contains("GBR"));
        robot.interact(() -> vm.setDate(LocalDate.of(2020, 6, 1)));
        RunningApp.nextFrames();
        outlined = app.window().map().scene().countries().stream().filter(SceneCountry::highlighted)
                .map(SceneCountry::iso3).collect(Collectors.toSet());
        assertEquals(27, outlined.size(), "the United Kingdom left on 31 January 2020");
        assertTrue(!outlined.contains("GBR"));
    }

    @Test
    void thePanelNamesGroupsAndShowsAnOpenedIndicatorDataset(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("internet_users.csv");
        Files.writeString(csv, "iso3,Internet users (%),Year\nFRA,86.1,2023\nDEU,92.5,2023\n", StandardCharsets.UTF_8);
        robot.interact(() -> {
            vm.loading().addDataset(csv);
            vm.select("FRA");
        });
        String panel = robot.lookup("#side-panel .label").queryAll().stream()
                .map(n -> ((Label) n).getText()).collect(Collectors.joining("\n"));
        assertTrue(panel.contains("European Union"), panel);
        assertTrue(panel.contains("Council of Europe"), panel);
        assertTrue(panel.contains("internet users"), panel);
        assertTrue(panel.contains("Internet users (%): 86.1"), panel);
        assertTrue(vm.problems().isEmpty(), vm.problems().toString());
    }

    @Test
    void aPanelDatasetShowsTheRowOfTheTimelinesYear(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("internet_users.csv");
        Files.writeString(csv, "iso3,Internet users (%),Year\nFRA,80.5,2020\nFRA,86.1,2023\nDEU,92.5,2023\n",
                StandardCharsets.UTF_8);
        robot.interact(() -> {
            vm.loading().addDataset(csv);
            vm.setDate(LocalDate.of(2021, 6, 1));
            vm.select("FRA");
        });
        String in2021 = panelText();
        assertTrue(in2021.contains("Internet users (%): 80.5"), in2021);
        assertFalse(in2021.contains("86.1"), "the 2023 row is not shown in 2021: " + in2021);
        robot.interact(() -> vm.setDate(LocalDate.of(2024, 1, 15)));
        String in2024 = panelText();
        assertTrue(in2024.contains("Internet users (%): 86.1"), in2024);
        assertFalse(in2024.contains("80.5"), in2024);
        assertTrue(vm.problems().isEmpty(), vm.problems().toString());
    }

    private String panelText() {
        return robot.lookup("#side-panel .label").queryAll().stream()
                .map(n -> ((Label) n).getText()).collect(Collectors.joining("\n"));
    }
}
