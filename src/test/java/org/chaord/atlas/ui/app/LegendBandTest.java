package org.chaord.atlas.ui.app;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.chaord.atlas.render.Palette;
import org.chaord.atlas.render.Viewport;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12 §4: in a classroom window (1280 × 720) zoomed by hand so that land fills every corner, the legend covers no
 * land, in English and in Arabic, on the window and in presentation mode: measured on the rendered pixels of the map
 * area (the map and the legend's band) under the legend.
 */
class LegendBandTest extends RunningAppTest {

    /** Central Asia, west,south,east,north in degrees: Iran, Kazakhstan and Russia in every corner, the Caspian inside. */
    private static final double[] CENTRAL_ASIA = {45, 32, 85, 52};
    /** The South Pacific between New Zealand and Chile: open sea for the legend. */
    private static final double[] SOUTH_PACIFIC = {-150, -60, -110, -40};

    @Test
    void zoomedByHandOverLandTheLegendCoversNoLandInEnglish() throws Exception {
        assertNoLandUnderTheLegend(Locale.ENGLISH, false);
    }

    @Test
    void zoomedByHandOverLandTheLegendCoversNoLandInArabic() throws Exception {
        assertNoLandUnderTheLegend(new Locale("ar"), false);
    }

    @Test
    void inPresentationModeZoomedOverLandTheLegendCoversNoLandInArabic() throws Exception {
        assertNoLandUnderTheLegend(new Locale("ar"), true);
    }

    @Test
    void theBandGoesWhenTheViewShowsOpenSeaAgain() throws Exception {
        classroomWindow(Locale.ENGLISH);
        showByHand(CENTRAL_ASIA);
        LegendDock dock = dock();
        assertTrue(dock.banded(), "land in every spot: the legend has a band of its own");
        Node map = app.window().map();
        assertTrue(map.getLayoutBounds().getWidth() < dock.getWidth()
                || map.getLayoutBounds().getHeight() < dock.getHeight(), "the map makes room for the band");
        showByHand(SOUTH_PACIFIC);
        assertFalse(dock.banded(), "open sea: the legend floats over it again");
        assertEquals(dock.getWidth(), map.getLayoutBounds().getWidth(), 0.5, "the map has the whole area back");
        assertEquals(dock.getHeight(), map.getLayoutBounds().getHeight(), 0.5);
        assertEquals(0, landPixelsUnderTheLegend(), "the floating legend lies on sea");
    }

    private void assertNoLandUnderTheLegend(Locale language, boolean presenting) throws Exception {
        classroomWindow(language);
        if (presenting) {
            robot.clickOn("#legend");
            robot.type(KeyCode.F5);
            RunningApp.nextFrames();
        }
        showByHand(CENTRAL_ASIA);
        assertTrue(dock().banded(), "land in every spot of this view: the case under test");
        Envelope asked = box(CENTRAL_ASIA);
        Viewport shown = vm.extent().viewport();
        assertEquals(asked.centre().x, shown.centerX(), 1e-9, "the map still centres on the view made by hand");
        assertEquals(0, landPixelsUnderTheLegend(), language + (presenting ? " presenting" : "")
                + ": land pixels under the legend at " + dock().spot());
    }

    private void classroomWindow(Locale language) throws Exception {
        robot.interact(() -> app.switchLanguage(language));
        vm = app.viewModel();
        robot.interact(() -> {
            Stage stage = (Stage) app.window().getScene().getWindow();
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        RunningApp.nextFrames();
    }

    /** The view a user pans and zooms to: the box fills the map, and it no longer counts as fitted. */
    private void showByHand(double[] degrees) throws Exception {
        robot.interact(() -> vm.extent().showExactly(box(degrees)));
        RunningApp.nextFrames();
        RunningApp.nextFrames(); // the band's resize composes one more scene
    }

    private LegendDock dock() {
        return (LegendDock) robot.lookup("#legend-dock").query();
    }

    /**
     * Pixels under the legend's box that are neither sea nor page, on the window drawn without the legend (in scene
     * pixels: the map area keeps left-to-right geography inside a right-to-left window).
     */
    private int landPixelsUnderTheLegend() {
        Node legend = robot.lookup("#legend").query();
        Node map = app.window().map();
        Bounds b = legend.localToScene(legend.getLayoutBounds());
        Bounds area = dock().localToScene(dock().getLayoutBounds());
        assertTrue(area.contains(b), "the legend lies in the map area: " + b + " in " + area);
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> {
            legend.setOpacity(0); // what the legend hides
            shot[0] = map.getScene().snapshot(null);
            legend.setOpacity(1);
        });
        PixelReader px = shot[0].getPixelReader();
        int ocean = Palette.DEFAULT.ocean() & 0xFFFFFF;
        int page = Palette.DEFAULT.background() & 0xFFFFFF;
        int land = 0;
        int seen = 0;
        for (int y = (int) Math.max(0, b.getMinY()); y < Math.min(shot[0].getHeight(), b.getMaxY()); y++) {
            for (int x = (int) Math.max(0, b.getMinX()); x < Math.min(shot[0].getWidth(), b.getMaxX()); x++) {
                seen++;
                int argb = px.getArgb(x, y);
                land += near(argb, ocean) || near(argb, page) ? 0 : 1;
            }
        }
        assertTrue(seen > 10_000, "the legend is shown: " + b);
        return land;
    }

    private static boolean near(int argb, int rgb) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs((argb >> shift & 0xFF) - (rgb >> shift & 0xFF)) > 6) {
                return false;
            }
        }
        return true;
    }

    /** The projected bounds of a west,south,east,north box in degrees (its edges sampled: the meridians curve). */
    private Envelope box(double[] d) {
        Envelope e = new Envelope();
        double[] out = new double[2];
        for (int i = 0; i <= 10; i++) {
            double f = i / 10.0;
            for (double[] p : new double[][] {{d[0] + f * (d[2] - d[0]), d[1]}, {d[0] + f * (d[2] - d[0]), d[3]},
                    {d[0], d[1] + f * (d[3] - d[1])}, {d[2], d[1] + f * (d[3] - d[1])}}) {
                vm.world().projection().project(p[0], p[1], out);
                e.expandToInclude(out[0], out[1]);
            }
        }
        return e;
    }
}
