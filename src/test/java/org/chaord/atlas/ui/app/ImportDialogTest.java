package org.chaord.atlas.ui.app;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.chaord.atlas.data.depositary.ChangeKind;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.StatusClass;
import org.chaord.atlas.model.View;
import org.chaord.atlas.render.SceneCountry;
import org.chaord.atlas.ui.AtlasViewModel;
import org.chaord.atlas.ui.importer.ImportData;
import org.chaord.atlas.ui.importer.ImportDialog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * File → Update from depositary file… on a copy of a data folder: the diff is shown, one change is unticked, Accept
 * writes the others, and the main map and the side panel show the new data.
 */
class ImportDialogTest {

    private static final LocalDate STATUS_DAY = LocalDate.of(2026, 4, 16);
    private final FxRobot robot = new FxRobot();
    private AtlasApp app;

    @AfterEach
    void stop() throws Exception {
        System.clearProperty("atlas.data");
        RunningApp.stop(app);
    }

    private static StatusClass shown(AtlasApp app, String iso3) {
        return app.window().map().scene().countries().stream().filter(c -> c.iso3().equals(iso3))
                .map(SceneCountry::statusClass).findFirst().orElseThrow();
    }

    @Test
    void theDiffIsShownOneChangeIsUntickedAndAcceptUpdatesMapAndPanel(@TempDir Path root) throws Exception {
        ImportData d = new ImportData(root);
        Path file = d.file("XVIII-16.en.xml");
        System.setProperty("atlas.data", d.data.toString());
        app = RunningApp.start();
        AtlasViewModel vm = app.viewModel();
        robot.interact(() -> {
            vm.setView(View.UNCC);
            vm.setDate(STATUS_DAY);
        });
        RunningApp.nextFrames();
        Atlas before = vm.atlas();
        assertEquals(StatusClass.SIGNED, shown(app, "CZE"));
        assertEquals(StatusClass.NONE, shown(app, "PSE"));

        robot.clickOn(vm.texts().get("menu.file"));
        robot.clickOn(vm.texts().get("menu.updateFromDepositary"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#import-dialog").tryQuery().isPresent());
        ImportDialog[] dialog = new ImportDialog[1];
        robot.interact(() -> dialog[0] = app.window().lastImportDialog());
        robot.interact(() -> dialog[0].model().open(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialog[0].model().changes().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> table = robot.lookup("#import-table").queryAs(TableView.class);
        assertEquals(dialog[0].model().changes().size(), table.getItems().size(), "every diff row is in the table");
        String summary = robot.lookup("#import-summary").queryAs(Label.class).getText();
        assertTrue(summary.startsWith("3 added \u00b7 3 dated \u00b7 1 changed"), summary);
        assertTrue(dialog[0].model().changes().stream().anyMatch(c -> c.change() == ChangeKind.MISSING
                || c.change() == ChangeKind.UNMATCHED), "information rows are listed too");
        assertEquals(StatusClass.RATIFIED, classIn(dialog[0], "CZE"), "the preview shows Czechia's ratification");

        robot.clickOn("#import-show-missing");
        assertTrue(table.getItems().stream().noneMatch(c -> ((org.chaord.atlas.data.depositary.ImportChange) c).change()
                == ChangeKind.MISSING), "missing rows can be hidden");
        robot.clickOn("#tick-CZE-ratified");
        assertEquals(6, dialog[0].model().tickedChanges().size());
        assertEquals(StatusClass.SIGNED, classIn(dialog[0], "CZE"), "unticked: the preview drops it");
        robot.clickOn("#import-accept");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.atlas() != before);
        RunningApp.nextFrames();

        String message = robot.lookup("#import-message").queryAs(Label.class).getText();
        Path backup = dialog[0].model().writtenProperty().get().backup();
        assertTrue(Files.exists(backup) && message.contains(backup.toString()), "the backup is named: " + message);
        assertEquals(StatusClass.SIGNED, shown(app, "CZE"), "the unticked change is not on the map");
        assertEquals(vm.atlas().classesOn(View.UNCC, STATUS_DAY).get("PSE"), shown(app, "PSE"));
        assertNotEquals(StatusClass.NONE, shown(app, "PSE"), "Palestine's accession is on the map");

        robot.interact(() -> dialog[0].stage().hide());
        robot.interact(() -> vm.select("PSE"));
        javafx.scene.control.Labeled acceded = robot.lookup("#panel-event-UNCC-acceded").queryAs(javafx.scene.control.Labeled.class);
        assertTrue(acceded.getText().contains(vm.texts().date(LocalDate.of(2026, 2, 12))), acceded.getText());
        robot.interact(() -> vm.select("CZE"));
        assertFalse(robot.lookup("#panel-event-UNCC-ratified").tryQuery().isPresent(), "nothing written for Czechia");
    }

    private static StatusClass classIn(ImportDialog dialog, String iso3) {
        return dialog.previewScene().countries().stream().filter(c -> c.iso3().equals(iso3))
                .map(SceneCountry::statusClass).findFirst().orElseThrow();
    }
}
