package org.chaord.atlas.ui.app;

import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Control;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.chaord.atlas.model.View;
import org.chaord.atlas.render.Palette;
import org.chaord.atlas.ui.AtlasViewModel;
import org.chaord.atlas.ui.map.MapCanvas;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A classroom sees everything: the legend over open sea, no false alarm on a loop, a window that fits the screen. */
class ClassroomLayoutTest extends RunningAppTest {

    @BeforeEach
    void focusInsideTheWindow() {
        robot.clickOn("#legend");
    }

    private WritableImage mapPixels() {
        MapCanvas map = app.window().map();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = map.snapshot(new SnapshotParameters(), null));
        return shot[0];
    }

    private static boolean near(int argb, int rgb) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs((argb >> shift & 0xFF) - (rgb >> shift & 0xFF)) > 6) {
                return false;
            }
        }
        return true;
    }

    @Test
    void inPresentationModeTheLegendCoversNoLandPixel() throws Exception {
        robot.type(KeyCode.F5);
        RunningApp.nextFrames();
        RunningApp.nextFrames();
        Node legend = robot.lookup("#legend").query();
        // the window's pixels without the legend: the map, or the band the map made room for (ADR 0030)
        Bounds b = legend.localToScene(legend.getLayoutBounds());
        WritableImage[] shots = new WritableImage[1];
        robot.interact(() -> {
            legend.setOpacity(0);
            shots[0] = legend.getScene().snapshot(null);
            legend.setOpacity(1);
        });
        WritableImage shot = shots[0];
        PixelReader px = shot.getPixelReader();
        int ocean = Palette.DEFAULT.ocean() & 0xFFFFFF;
        int page = Palette.DEFAULT.background() & 0xFFFFFF;
        int land = 0;
        int seen = 0;
        for (int y = (int) Math.max(0, b.getMinY()); y < Math.min(shot.getHeight(), b.getMaxY()); y++) {
            for (int x = (int) Math.max(0, b.getMinX()); x < Math.min(shot.getWidth(), b.getMaxX()); x++) {
                int argb = px.getArgb(x, y);
                seen++;
                if (!near(argb, ocean) && !near(argb, page)) {
                    land++;
                }
            }
        }
        Node area = robot.lookup("#legend-dock").query();
        assertTrue(area.localToScene(area.getLayoutBounds()).contains(b), "the legend lies in the map area: " + b);
        assertTrue(seen > 10_000, "the legend lies on the map: " + b);
        assertEquals(0, land, "land pixels under the legend at " + b);
    }

    @Test
    void aLoopWrappingToTheFirstDayLightsUpNoCountry() throws Exception {
        Stage stage = (Stage) app.window().getScene().getWindow();
        robot.moveTo(new javafx.geometry.Point2D(stage.getX() + 4, stage.getY() + 4)); // off the legend's rows
        robot.interact(() -> {
            vm.setView(View.ETS185);
            vm.setDate(vm.today());
        });
        RunningApp.nextFrames();
        RunningApp.waitUntil(() -> !app.window().map().isFlashing()); // any earlier highlight has faded
        robot.interact(() -> vm.setDate(AtlasViewModel.TIMELINE_START)); // what the loop does at today
        RunningApp.nextFrames();
        int accent = Palette.DEFAULT.accent() & 0xFFFFFF;
        WritableImage shot = mapPixels();
        int lit = 0;
        for (int y = 0; y < shot.getHeight(); y++) {
            for (int x = 0; x < shot.getWidth(); x++) {
                lit += near(shot.getPixelReader().getArgb(x, y), accent) ? 1 : 0;
            }
        }
        assertEquals(0, lit, "pixels in the highlight colour after the wrap");
        // and a real step forward still lights up
        robot.interact(() -> vm.setDate(LocalDate.of(2004, 6, 30)));
        RunningApp.nextFrames();
        RunningApp.waitUntil(() -> !app.window().map().isFlashing());
        robot.interact(() -> vm.setDate(LocalDate.of(2004, 7, 1))); // the Budapest Convention enters into force
        RunningApp.nextFrames();
        shot = mapPixels();
        for (int y = 0; y < shot.getHeight(); y++) {
            for (int x = 0; x < shot.getWidth(); x++) {
                lit += near(shot.getPixelReader().getArgb(x, y), accent) ? 1 : 0;
            }
        }
        assertTrue(lit > 0, "a step forward lights its change up");
    }

    @Test
    void theWindowOpensInsideTheScreenAndItsControlsFitA1366By768Laptop() throws Exception {
        Stage stage = (Stage) app.window().getScene().getWindow();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertTrue(stage.getX() >= screen.getMinX() && stage.getY() >= screen.getMinY()
                && stage.getX() + stage.getWidth() <= screen.getMaxX() + 0.5
                && stage.getY() + stage.getHeight() <= screen.getMaxY() + 0.5, stage.getWidth() + "x" + stage.getHeight()
                + " at " + stage.getX() + "," + stage.getY() + " on " + screen);
        WindowSize laptop = WindowSize.fit(1400, 860, 1366, 768 - 40);
        robot.interact(() -> {
            stage.setWidth(laptop.width());
            stage.setHeight(laptop.height());
        });
        RunningApp.nextFrames();
        double w = app.window().getScene().getWidth();
        double h = app.window().getScene().getHeight();
        for (Node n : robot.lookup(node -> node instanceof Control && node.isVisible()
                && node.getScene() == app.window().getScene()).queryAll()) {
            Bounds inScene = n.localToScene(n.getLayoutBounds());
            if (inScene.getWidth() > 0 && isShown(n)) {
                assertTrue(inScene.getMinX() >= -0.5 && inScene.getMaxX() <= w + 0.5
                        && inScene.getMaxY() <= h + 0.5, n.getId() + " " + n + " clipped at " + inScene);
            }
        }
    }

    /** Shown: it and every parent are visible (hidden menus and popups do not count). */
    private static boolean isShown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
