package org.chaord.atlas.ui.app;

import javafx.scene.Group;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import org.chaord.atlas.export.SavedView;
import org.chaord.atlas.export.SavedViewFile;
import org.chaord.atlas.geo.ProjectionKind;
import org.chaord.atlas.model.View;
import org.chaord.atlas.render.Palette;
import org.chaord.atlas.ui.AtlasViewModel;
import org.chaord.atlas.ui.saved.PrintLayout;
import org.chaord.atlas.ui.saved.SavedViews;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** File → Save view… / Open view…, Open recent and Print… in the running app (issue 10 §6). */
class SavedViewScreenTest {

    private final FxRobot robot = new FxRobot();
    private AtlasApp app;
    private AtlasViewModel vm;
    private SavedViews views;

    @BeforeEach
    void start() throws Exception {
        app = RunningApp.start();
        vm = app.viewModel();
        views = app.savedViews();
    }

    @AfterEach
    void stop() throws Exception {
        robot.interact(SavedViewScreenTest::hideNotices);
        RunningApp.stop(app);
    }

    @Test
    void aSavedViewOpensAsItWasSaved(@TempDir Path dir) throws Exception {
        robot.interact(() -> {
            vm.setView(View.ETS185);
            vm.setDate(LocalDate.of(2006, 3, 1));
            vm.looks().setPalette(Palette.COLOR_BLIND_SAFE);
            vm.looks().setProjection(ProjectionKind.ROBINSON);
        });
        waitForProjection(ProjectionKind.ROBINSON);
        robot.interact(() -> {
            vm.showCountry("UKR");
            app.switchLanguage(java.util.Locale.FRENCH);
        });
        Path file = dir.resolve("ukraine 2006.view.json");
        robot.interact(() -> views.save(file));
        SavedView written = SavedViewFile.read(file);
        assertEquals("fr", written.language().getLanguage());
        double savedScale = vm.extent().viewport().scale();

        robot.interact(() -> {
            app.switchLanguage(java.util.Locale.ENGLISH);
            vm.setView(View.UNCC);
            vm.setDate(LocalDate.of(2026, 1, 1));
            vm.looks().setPalette(Palette.DEFAULT);
            vm.select("FRA");
            vm.looks().setProjection(ProjectionKind.EQUAL_EARTH);
        });
        waitForProjection(ProjectionKind.EQUAL_EARTH);
        robot.interact(() -> views.open(file));
        waitForProjection(ProjectionKind.ROBINSON);
        RunningApp.nextFrames();

        assertEquals(View.ETS185, vm.view());
        assertEquals(LocalDate.of(2006, 3, 1), vm.date());
        assertEquals(Palette.COLOR_BLIND_SAFE, vm.looks().paletteProperty().get());
        assertEquals("UKR", vm.selected());
        assertEquals(1, vm.extent().viewport().scale() / savedScale, 0.05, "zoomed to Ukraine again, in Robinson");
        assertEquals("Fichier", menuBar().getMenus().get(0).getText(), "the window speaks French again");
        assertEquals("Ukraine", robot.lookup("#panel-name").queryAs(Label.class).getText());
        assertEquals(View.ETS185, app.window().map().scene().request().view(), "and the map shows it");
    }

    @Test
    void aDamagedViewFileKeepsTheViewAndSaysWhereItIsDamaged(@TempDir Path dir) throws Exception {
        robot.interact(() -> {
            vm.setView(View.CETS224);
            vm.setDate(LocalDate.of(2024, 6, 1));
        });
        Path damaged = dir.resolve("cut.view.json");
        Files.writeString(damaged, "{\n  \"format\": \"chaord-atlas-view\",\n  \"version\": 1,\n  \"view\": \"UNCC\",\n"
                + "  \"date\": \"2025-10-", StandardCharsets.UTF_8); // cut off while written by something else
        robot.interact(() -> views.open(damaged));
        assertEquals(View.CETS224, vm.view());
        assertEquals(LocalDate.of(2024, 6, 1), vm.date());
        String shown = notice();
        assertTrue(shown.startsWith("The view was not opened; the atlas keeps the current view."), shown);
        assertTrue(shown.contains(damaged + ":5:"), "file:line:column: " + shown);

        Path newer = dir.resolve("newer.view.json");
        Files.writeString(newer, "{\"format\": \"chaord-atlas-view\", \"version\": 7, \"view\": \"UNCC\","
                + " \"date\": \"2026-01-01\", \"zoomLens\": true}", StandardCharsets.UTF_8);
        robot.interact(SavedViewScreenTest::hideNotices);
        robot.interact(() -> views.open(newer));
        assertEquals(View.CETS224, vm.view());
        assertTrue(notice().contains("saved by a newer Chaord Atlas (view file version 7"), notice());
    }

    @Test
    void openRecentListsViewsAndDatasetsNewestFirst(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("internet_users.csv");
        Files.writeString(csv, "iso3,Internet users (%)\nFRA,86.1\n", StandardCharsets.UTF_8);
        Path view = dir.resolve("budapest.view.json");
        robot.interact(() -> {
            views.openDataset(csv);
            vm.setView(View.ETS185);
            views.save(view);
        });
        robot.interact(SavedViewScreenTest::hideNotices);
        robot.clickOn("File").clickOn("#menu-recent");
        WaitForAsyncUtils.waitForFxEvents();
        Menu recent = (Menu) menuBar().getMenus().get(0).getItems().stream()
                .filter(i -> "menu-recent".equals(i.getId())).findFirst().orElseThrow();
        List<String> items = recent.getItems().stream().map(MenuItem::getText).toList();
        assertEquals(2, items.size(), items.toString());
        assertTrue(items.get(0).startsWith("budapest.view.json  \u2014  view"), items.toString());
        assertTrue(items.get(1).startsWith("internet_users.csv  \u2014  dataset"), items.toString());
        robot.clickOn(items.get(1)); // opening the dataset again moves it to the top
        assertEquals(csv, views.recent().files().get(0).file());

        Files.delete(view);
        robot.interact(SavedViewScreenTest::hideNotices);
        robot.interact(() -> views.openRecent(views.recent().files().get(1)));
        assertEquals(1, views.recent().files().size(), "a missing file leaves the list");
        assertTrue(notice().startsWith("File not found: " + view), notice());
    }

    @Test
    void printSaysThereIsNoPrinterAndThePageIsTheFigure() throws Exception {
        robot.interact(() -> {
            vm.setView(View.UNCC);
            vm.setDate(LocalDate.of(2025, 11, 1));
        });
        robot.interact(() -> app.window().print());
        assertTrue(notice().startsWith("No printer is set up on this computer: nothing was printed."), notice());

        Group[] page = new Group[1];
        robot.interact(() -> page[0] = PrintLayout.page(vm.atlas(), vm.world(), views.capture(), 540, 720));
        assertNotNull(page[0]);
        Canvas canvas = (Canvas) page[0].getChildren().get(0);
        assertEquals(540, page[0].getBoundsInParent().getWidth(), 0.5, "the printable width in points");
        assertEquals(720, page[0].getBoundsInParent().getHeight(), 0.5);
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = canvas.snapshot(null, null));
        PixelReader px = image[0].getPixelReader();
        // the map's middle is painted in the palette, not left blank: some pixel differs from the page's corner
        int corner = px.getArgb(2, 2);
        boolean painted = false;
        for (int x = 300; x < 1300 && !painted; x += 7) {
            painted = px.getArgb(x, (int) (image[0].getHeight() / 2)) != corner;
        }
        assertTrue(painted, "the map is on the page");
        org.chaord.atlas.render.ComposedFigure[] figure = new org.chaord.atlas.render.ComposedFigure[1];
        robot.interact(() -> figure[0] = PrintLayout.figure(vm.atlas(), vm.world(), views.capture(), 770, 540,
                new org.chaord.atlas.ui.map.FxPaintSurface(new Canvas(1, 1).getGraphicsContext2D())));
        var world = vm.world().bounds();
        double scale = figure[0].scene().viewport().scale();
        double filled = Math.max(world.getWidth() * scale / figure[0].layout().mapWidth(),
                world.getHeight() * scale / figure[0].layout().mapHeight());
        assertTrue(filled > 0.9, "the whole world fills the page's map area one way (not the screen's sea): " + filled);
        assertEquals("UN Convention against Cybercrime", figure[0].scene().title());
        assertTrue(figure[0].scene().notes().get(0).startsWith("European Union"), "the EU note is printed too");
        assertNotEquals(0, corner >>> 24, "an opaque page");
    }

    private void waitForProjection(ProjectionKind kind) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.world() != null
                && vm.world().projection().kind() == kind);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private MenuBar menuBar() {
        return robot.lookup("#menu-bar").queryAs(MenuBar.class);
    }

    /** The text of the last message shown (a dialog, not blocking the window). */
    private String notice() {
        List<DialogPane> panes = robot.lookup("#notice").queryAllAs(DialogPane.class).stream().toList();
        assertTrue(!panes.isEmpty(), "a message is shown");
        return panes.get(panes.size() - 1).getContentText();
    }

    private static void hideNotices() {
        List.copyOf(Window.getWindows()).stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane).forEach(Window::hide);
    }
}
