package org.chaord.atlas.ui.export;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.chaord.atlas.data.AtlasLoader;
import org.chaord.atlas.data.LoadResult;
import org.chaord.atlas.export.ExportFormat;
import org.chaord.atlas.export.ExportService;
import org.chaord.atlas.export.ExportSpec;
import org.chaord.atlas.geo.MapProjection;
import org.chaord.atlas.geo.ProjectionKind;
import org.chaord.atlas.model.View;
import org.chaord.atlas.render.ProjectedWorld;
import org.chaord.atlas.render.Viewport;
import org.chaord.atlas.ui.AtlasViewModel;
import org.chaord.atlas.ui.internal.Subscriptions;
import org.chaord.atlas.ui.internal.UiThreads;
import org.chaord.atlas.ui.map.MapCanvas;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;

import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The export dialog on the bundled data, driven headless through TestFX (Monocle), writing into a temporary folder. */
class ExportDialogTest {

    private static LoadResult data;
    private static ProjectedWorld world;
    private final FxRobot robot = new FxRobot();
    private static final ExportService SERVICE = new ExportService();
    private AtlasViewModel vm;
    private MapCanvas map;
    private ExportDialog dialog;

    @BeforeAll
    static void load() {
        System.setProperty("atlas.prefs", "off");
        data = AtlasLoader.load(Path.of("data"), Path.of("maps/countries-50m.geojson"));
        world = ProjectedWorld.build(data.shapes(), MapProjection.of(ProjectionKind.EQUAL_EARTH));
    }

    @BeforeEach
    void open() throws Exception {
        Stage primary = FxToolkit.registerPrimaryStage();
        robot.interact(() -> {
            vm = new AtlasViewModel(UiThreads.forApp(), null, LocalDate::now);
            vm.setView(View.UNCC);
            vm.setDate(LocalDate.of(2026, 11, 28));
            vm.showLoaded(data, world);
            map = new MapCanvas(vm, new Subscriptions());
            primary.setScene(new Scene(map, 900, 520));
            primary.show();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> map.viewport() != null);
        robot.interact(() -> {
            dialog = new ExportDialog(primary, vm, SERVICE, UiThreads.forApp(), null);
            dialog.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        robot.interact(() -> dialog.close());
        FxToolkit.cleanupStages();
    }

    private Label message() {
        return (Label) dialog.stage().getScene().lookup("#export-message");
    }

    private ImageView preview() {
        return (ImageView) dialog.stage().getScene().lookup("#export-preview");
    }

    private void exportAndWait() throws Exception {
        robot.clickOn("#export-button");
        waitUntilIdle();
    }

    private void waitUntilIdle() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !dialog.model().job().isWorking());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitForPreview() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            AtomicReference<Boolean> pending = new AtomicReference<>();
            robot.interact(() -> pending.set(dialog.isPreviewPending()));
            return !pending.get() && preview().getImage() != null;
        });
    }

    @Test
    void exportsAnSvgWithOneElementPerCountryOnEnter(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("figure.svg");
        robot.interact(() -> {
            dialog.model().selectFormat(ExportFormat.SVG);
            dialog.model().size().selectPreset(SizePreset.SLIDE);
            dialog.model().setTargetPath(out);
        });
        robot.interact(() -> dialog.stage().getScene().lookup("#export-button").requestFocus());
        robot.type(KeyCode.ENTER);
        waitUntilIdle();
        assertTrue(Files.isRegularFile(out), message().getText());
        assertTrue(message().getText().contains(out.toString()), message().getText());
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document svg = f.newDocumentBuilder().parse(out.toFile());
        assertEquals("svg", svg.getDocumentElement().getLocalName() == null
                ? svg.getDocumentElement().getTagName() : svg.getDocumentElement().getLocalName());
        Object france = XPathFactory.newInstance().newXPath().evaluate("//*[@id='FRA']", svg, XPathConstants.NODE);
        assertNotNull(france, "no element with id FRA");
    }

    @Test
    void exportsA4kPngOfExactly3840By2160(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("figure.png");
        robot.interact(() -> {
            dialog.model().selectFormat(ExportFormat.PNG);
            dialog.model().size().selectPreset(SizePreset.UHD_4K);
            dialog.model().setTargetPath(out);
        });
        exportAndWait();
        BufferedImage png = ImageIO.read(out.toFile());
        assertNotNull(png, message().getText());
        assertEquals(3840, png.getWidth());
        assertEquals(2160, png.getHeight());
    }

    @Test
    void theFileNameFollowsTheFormat(@TempDir Path dir) {
        robot.interact(() -> {
            dialog.model().setTargetPath(dir.resolve("uncc-2026-11-28.png"));
            dialog.model().selectFormat(ExportFormat.PDF);
        });
        assertEquals(dir.resolve("uncc-2026-11-28.pdf"), dialog.model().targetPath());
    }

    @Test
    void thePreviewHasTheAspectRatioOfTheChosenSize() throws Exception {
        for (int[] size : List.of(new int[] {3000, 1000}, new int[] {1000, 1400})) {
            robot.interact(() -> dialog.model().size().setCustom(size[0], size[1], 150));
            waitForPreview();
            Image image = preview().getImage();
            double expected = size[0] / (double) size[1];
            double actual = image.getWidth() / image.getHeight();
            assertEquals(expected, actual, expected * 0.02, "preview " + image.getWidth() + " × " + image.getHeight());
        }
        robot.interact(() -> dialog.model().size().selectPreset(SizePreset.A4));
        waitForPreview();
        Image a4 = preview().getImage();
        assertEquals(297 / 210.0, a4.getWidth() / a4.getHeight(), 297 / 210.0 * 0.02);
        assertEquals(3508, dialog.model().spec().width());
        assertEquals(2480, dialog.model().spec().height());
    }

    @Test
    void cancellingAHugeExportLeavesNothingInTheFolder(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("huge.png");
        robot.interact(() -> {
            dialog.model().selectFormat(ExportFormat.PNG);
            dialog.model().size().setCustom(12000, 8000, 300);
            dialog.model().setTargetPath(out);
        });
        robot.clickOn("#export-button");
        robot.type(KeyCode.ESCAPE);
        waitUntilIdle();
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.toList());
        }
        assertTrue(dialog.stage().isShowing(), "Esc during an export cancels it, it does not close the dialog");
        assertTrue(message().getText().toLowerCase().contains("cancelled"), message().getText());
    }

    @Test
    void escapeClosesTheDialogWhenIdle() {
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(dialog.stage().isShowing());
    }

    @Test
    void aWriteErrorIsShownAsAMessage(@TempDir Path dir) throws Exception {
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        robot.interact(() -> {
            dialog.model().selectFormat(ExportFormat.PNG);
            dialog.model().size().selectPreset(SizePreset.SLIDE);
            dialog.model().setTargetPath(blocker.resolve("figure.png"));
        });
        exportAndWait();
        String text = message().getText();
        assertTrue(text.startsWith("Could not write"), text);
        assertFalse(text.contains("Exception"), text);
        assertTrue(message().getStyleClass().contains("danger"));
    }

    @Test
    void copyImagePaintsTheFigureAtTheMapsSize() {
        AtomicReference<Image> figure = new AtomicReference<>();
        robot.interact(() -> figure.set(ExportFigures.figureImage(vm, SERVICE)));
        assertEquals(map.getWidth(), figure.get().getWidth());
        assertEquals(map.getHeight(), figure.get().getHeight());
        AtomicReference<Image> copied = new AtomicReference<>();
        robot.interact(() -> {
            ExportFigures.copyImage(vm, SERVICE);
            Clipboard clipboard = Clipboard.getSystemClipboard();
            copied.set(clipboard.hasImage() ? clipboard.getImage() : null);
        });
        assertNotNull(copied.get(), "the clipboard holds no image");
        assertEquals(map.getWidth(), copied.get().getWidth());
        assertEquals(map.getHeight(), copied.get().getHeight());
    }

    @Test
    void anExplicitExtentOverridesTheRegion() {
        Envelope b = world.bounds();
        Envelope europe = new Envelope(b.getMinX() + 0.45 * b.getWidth(), b.getMinX() + 0.6 * b.getWidth(),
                b.getMinY() + 0.7 * b.getHeight(), b.getMinY() + 0.9 * b.getHeight());
        ExportSpec spec = ExportSpec.of(ExportFormat.PNG, View.UNCC, LocalDate.of(2026, 11, 28)).withExtent(europe);
        Viewport v = ExportService.viewport(spec, world);
        Envelope shown = v.visibleWorld();
        assertTrue(shown.contains(europe), shown.toString());
        assertTrue(shown.getWidth() < world.bounds().getWidth() / 2, shown.toString());
        assertEquals(null, spec.withExtent(null).extent());
    }
}
