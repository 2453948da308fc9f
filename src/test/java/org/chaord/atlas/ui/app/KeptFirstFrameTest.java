package org.chaord.atlas.ui.app;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.chaord.atlas.ui.map.MapCanvas;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A start keeps its map frame; the next start shows it before the data is read, then the live map takes its place
 * with the same colours, and the kept frame goes (ADR 0031).
 */
class KeptFirstFrameTest {

    @TempDir
    Path dir;
    private AtlasApp app;

    @AfterEach
    void stop() throws Exception {
        System.clearProperty(FirstFrameFile.PROPERTY);
        RunningApp.stop(app);
    }

    private AtlasApp launch() throws Exception {
        System.setProperty("atlas.prefs", "off");
        AtlasApp.prepareLaunch(); // as the launcher does before the toolkit
        FxToolkit.registerPrimaryStage();
        AtlasApp started = (AtlasApp) FxToolkit.setupApplication(AtlasApp::new);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> started.window() != null
                && started.window().isComplete() && started.window().map().scene() != null);
        RunningApp.waitUntil(() -> started.window().getScene() != null
                && started.window().getScene().getRoot() == started.window());
        return started;
    }

    @Test
    void theNextStartShowsTheKeptFrameFirstThenTheLiveMapInTheSameColours() throws Exception {
        Path kept = dir.resolve("first-frame.bin");
        System.setProperty(FirstFrameFile.PROPERTY, kept.toString());
        app = launch();
        assertNull(app.keptFrameShown(), "a first start has no kept frame");
        RunningApp.waitUntil(() -> Files.isRegularFile(kept));
        assertTrue(Files.isRegularFile(kept), "the first start kept its map frame");
        RunningApp.stop(app);

        app = launch();
        FirstFrame first = app.keptFrameShown();
        assertNotNull(first, "the second start showed the kept frame");
        MapCanvas map = app.window().map();
        long shown = first.shownAtMillis();
        assertTrue(shown > 0 && shown <= map.firstPaintAtMillis(), "the kept frame came before the live map");
        assertSame(app.window(), app.window().getScene().getRoot(), "the kept frame is gone once the window is complete");

        double[] at = WaitForAsyncUtils.asyncFx(() -> new double[] {first.bounds().getMinX(),
                first.bounds().getMinY(), map.canvasBoundsInScene().getMinX(), map.canvasBoundsInScene().getMinY()})
                .get(10, TimeUnit.SECONDS);
        assertEquals(at[2], at[0], 0.01, "the kept map sits where the live map is");
        assertEquals(at[3], at[1], 0.01);
        // what a start holds once the kept frame has gone: not its pixels (1.3 MB, and as much again as a texture)
        RunningApp.waitUntil(() -> {
            System.gc();
            return first.pixels().get() == null;
        });
        assertNull(first.pixels().get(), "the kept pixels are let go with the kept frame");
        long frame = (long) (first.bounds().getWidth() * first.bounds().getHeight()); // scale 1 here
        RunningApp.waitUntil(() -> {
            System.gc();
            return PrismTextures.deadPixels() < frame;
        });
        assertTrue(WaitForAsyncUtils.asyncFx(PrismTextures::deadPixels).get(10, TimeUnit.SECONDS) < frame,
                "JavaFX lets go of the kept frame's texture too");
        // the pixels the kept frame showed: the file's, under this start's key
        SavedFrame saved = new FirstFrameFile(kept).read(FirstFrameKey.of(
                UserPreferences.forThisUser().firstFrameSettings(), LocalDate.now(),
                org.chaord.atlas.ui.DataService.fromEnvironment().location()));
        assertNotNull(saved, "the kept frame is still there for the next start");
        WritableImage keptPixels = new WritableImage(saved.pixelWidth(), saved.pixelHeight());
        keptPixels.getPixelWriter().setPixels(0, 0, saved.pixelWidth(), saved.pixelHeight(),
                PixelFormat.getIntArgbInstance(), saved.argb(), 0, saved.pixelWidth());
        int[] colours = WaitForAsyncUtils.asyncFx(() -> {
            double[] france = map.screenPointOf("FRA");
            double[] brazil = map.screenPointOf("BRA");
            PixelReader live = map.snapshot(null, null).getPixelReader();
            PixelReader keptReader = keptPixels.getPixelReader();
            return new int[] {
                    live.getArgb((int) france[0], (int) france[1]), keptReader.getArgb((int) france[0], (int) france[1]),
                    live.getArgb((int) brazil[0], (int) brazil[1]), keptReader.getArgb((int) brazil[0], (int) brazil[1]),
                    keptReader.getArgb(2, 2)};
        }).get(10, TimeUnit.SECONDS);
        assertEquals(Integer.toHexString(colours[0]), Integer.toHexString(colours[1]), "France in the kept frame and live");
        assertEquals(Integer.toHexString(colours[2]), Integer.toHexString(colours[3]), "Brazil in the kept frame and live");
        assertTrue(colours[1] != colours[4] && colours[3] != colours[4], "the kept frame has land where the live map has");
    }
}
