package org.chaord.atlas.ui.app;

import javafx.scene.control.Label;
import org.chaord.atlas.ui.AtlasViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A CSV double-clicked in the file manager reaches the app as its launch argument and joins the side panel. */
class LaunchDatasetTest {

    private final FxRobot robot = new FxRobot();
    private AtlasApp app;

    @AfterEach
    void stop() throws Exception {
        RunningApp.stop(app);
    }

    @Test
    void aCsvGivenAtLaunchIsOpenedAsADataset(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("broadband_speed.csv");
        Files.writeString(csv, "iso3,Median speed (Mbit/s)\nFRA,171.4\n", StandardCharsets.UTF_8);
        System.setProperty("atlas.prefs", "off");
        FxToolkit.registerPrimaryStage();
        app = (AtlasApp) FxToolkit.setupApplication(AtlasApp.class, csv.toString());
        AtlasViewModel vm = app.viewModel();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.dataProperty().get() != null && app.window().isComplete()
                && vm.atlas().indicators().stream().anyMatch(d -> d.name().equals("broadband speed")));
        robot.interact(() -> vm.select("FRA"));
        String panel = robot.lookup("#side-panel .label").queryAll().stream()
                .map(n -> ((Label) n).getText()).collect(Collectors.joining("\n"));
        assertTrue(panel.contains("Median speed (Mbit/s): 171.4"), panel);
    }

    @Test
    void aSavedViewGivenAtLaunchIsShown(@TempDir Path dir) throws Exception {
        Path view = dir.resolve("hanoi.view.json");
        Files.writeString(view, "{\"format\": \"chaord-atlas-view\", \"version\": 1, \"view\": \"ETS189\","
                + " \"date\": \"2015-07-01\", \"selection\": \"DEU\"}", StandardCharsets.UTF_8);
        System.setProperty("atlas.prefs", "off");
        FxToolkit.registerPrimaryStage();
        app = (AtlasApp) FxToolkit.setupApplication(AtlasApp.class, view.toString());
        AtlasViewModel vm = app.viewModel();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.dataProperty().get() != null && app.window().isComplete()
                && "DEU".equals(vm.selected()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(org.chaord.atlas.model.View.ETS189, vm.view());
        assertEquals(java.time.LocalDate.of(2015, 7, 1), vm.date());
        assertEquals(view, app.savedViews().recent().files().get(0).file(), "and it is a recent file");
    }
}
