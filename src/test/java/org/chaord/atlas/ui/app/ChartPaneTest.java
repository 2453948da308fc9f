package org.chaord.atlas.ui.app;

import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import org.chaord.atlas.cli.AtlasCli;
import org.chaord.atlas.export.ExportFormat;
import org.chaord.atlas.model.PartiesSeries;
import org.chaord.atlas.model.StatusEvent;
import org.chaord.atlas.model.StatusStory;
import org.chaord.atlas.model.TreatyId;
import org.chaord.atlas.model.View;
import org.chaord.atlas.render.SparklineFrame;
import org.chaord.atlas.ui.AtlasViewModel;
import org.chaord.atlas.ui.chart.ChartPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The parties-over-time pane below the map and the side panel's sparklines, on the bundled data. */
class ChartPaneTest {

    private final FxRobot robot = new FxRobot();
    private AtlasApp app;
    private AtlasViewModel vm;

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws Exception {
        app = RunningApp.start();
        vm = app.viewModel();
    }

    @AfterEach
    void stop() throws Exception {
        RunningApp.stop(app);
    }

    /** Shows the chart of a view and waits until it is computed and painted. */
    private ChartPane showChart(View view) throws Exception {
        robot.interact(() -> {
            vm.setView(view);
            vm.chart().setShown(true);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.chart().chart() != null
                && vm.chart().chart().treaty().equals(view.treaty()) && pane() != null && !Double.isNaN(pane().xOf(vm.date())));
        RunningApp.nextFrames();
        return pane();
    }

    private ChartPane pane() {
        return robot.lookup("#chart-pane").tryQuery().map(n -> (ChartPane) n).orElse(null);
    }

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private int number(String id) {
        return Integer.parseInt(text(id));
    }

    private Point2D onChart(ChartPane pane, LocalDate day) {
        Canvas c = pane.canvas();
        return c.localToScreen(pane.xOf(day), c.getHeight() * 0.6);
    }

    @Test
    void theHoverCountAtADateEqualsTheLegendCountAtThatDate() throws Exception {
        for (View view : new View[] {View.UNCC, View.ETS185}) {
            for (LocalDate aim : new LocalDate[] {LocalDate.of(2025, 10, 25), LocalDate.of(2026, 5, 21),
                LocalDate.of(2012, 3, 1)}) {
                ChartPane pane = showChart(view);
                if (aim.isBefore(vm.chart().chart().from())) {
                    continue;
                }
                robot.moveTo(onChart(pane, aim).add(0, 3));
                robot.moveTo(onChart(pane, aim));
                WaitForAsyncUtils.waitForFxEvents();
                assertTrue(robot.lookup("#chart-hover").query().isVisible(), "the hover box shows");
                LocalDate hovered = vm.chart().hover().day();
                assertEquals(vm.texts().longDate(hovered), text("#chart-hover-day"), "the box names its day");
                assertTrue(Math.abs(hovered.toEpochDay() - aim.toEpochDay()) < 60, hovered + " near " + aim);
                robot.interact(() -> vm.setDate(hovered));
                RunningApp.nextFrames();
                int party = number("#count-PARTY");
                int ratified = number("#count-RATIFIED");
                int signed = number("#count-SIGNED");
                assertEquals(party, number("#chart-hover-count-IN_FORCE"), view + " " + hovered);
                assertEquals(party + ratified, number("#chart-hover-count-BOUND"), view + " " + hovered);
                assertEquals(party + ratified + signed, number("#chart-hover-count-SIGNATORIES"), view + " " + hovered);
            }
        }
        ChartPane pane = showChart(View.UNCC);
        robot.moveTo(onChart(pane, LocalDate.of(2025, 10, 25)));
        WaitForAsyncUtils.waitForFxEvents();
        if (vm.chart().hover().moved().size() > 0) {
            assertTrue(text("#chart-hover-moved").contains(Integer.toString(vm.chart().hover().moved().size())),
                    "the box counts who moved that day");
            assertTrue(robot.lookup("#chart-hover-names").tryQuery().isPresent());
        }
    }

    @Test
    void theDateMarkerFollowsTheTimelineAndAClickMovesTheTimeline() throws Exception {
        ChartPane pane = showChart(View.ETS185);
        LocalDate first = LocalDate.of(2010, 6, 1);
        robot.interact(() -> vm.setDate(first));
        RunningApp.nextFrames();
        assertEquals(first, pane.markedDay());
        assertTrue(accentAt(pane, pane.xOf(first)), "the marker is painted at 1 Jun 2010");
        robot.interact(() -> vm.days().moveYears(10)); // PgDn ten times, in one go
        RunningApp.nextFrames();
        LocalDate later = first.plusYears(10);
        assertEquals(later, pane.markedDay(), "the chart follows the timeline");
        assertTrue(accentAt(pane, pane.xOf(later)));
        assertFalse(accentAt(pane, pane.xOf(first)), "and the old marker is gone");
        assertTrue(robot.lookup("#chart-canvas").query().getAccessibleText().contains(vm.texts().longDate(later)),
                "a screen reader hears the day too");
        LocalDate aim = LocalDate.of(2015, 1, 1);
        robot.moveTo(onChart(pane, aim));
        WaitForAsyncUtils.waitForFxEvents();
        LocalDate hovered = vm.chart().hover().day();
        robot.clickOn(MouseButton.PRIMARY);
        RunningApp.nextFrames();
        assertEquals(hovered, vm.date(), "a click sets the timeline to the day under the pointer");
        assertEquals(hovered, pane.markedDay());
    }

    /** True when the canvas has the accent colour (the marker) in the plot at x (±1 px: the line is ~1.4 px wide). */
    private boolean accentAt(ChartPane pane, double x) {
        Canvas c = pane.canvas();
        WritableImage image = new WritableImage((int) c.getWidth(), (int) c.getHeight());
        robot.interact(() -> c.snapshot(null, image));
        if (System.getenv("CHART_DUMP") != null) {
            try {
                java.awt.image.BufferedImage b = new java.awt.image.BufferedImage((int) image.getWidth(),
                        (int) image.getHeight(), java.awt.image.BufferedImage.TYPE_INT_ARGB);
                for (int yy = 0; yy < b.getHeight(); yy++) {
                    for (int xx = 0; xx < b.getWidth(); xx++) {
                        b.setRGB(xx, yy, image.getPixelReader().getArgb(xx, yy));
                    }
                }
                javax.imageio.ImageIO.write(b, "png",
                        new java.io.File("/tmp/chartshots/snap-" + Math.round(x) + ".png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        for (int dx = -1; dx <= 1; dx++) {
            for (int y = (int) (c.getHeight() * 0.45); y < c.getHeight() * 0.7; y++) {
                Color px = image.getPixelReader().getColor((int) Math.round(x) + dx, y);
                // the accent's hue (orange, 26°), even blended into the background at the line's edges
                if (px.getHue() > 15 && px.getHue() < 40 && px.getSaturation() > 0.35 && px.getBrightness() > 0.8) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void theKeyHidesAndShowsThePaneAndAPairOffersBothTreaties() throws Exception {
        assertTrue(pane() == null || !pane().isVisible() || pane().getScene() == null, "hidden at first");
        robot.clickOn("#map");
        robot.type(KeyCode.G);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pane() != null && vm.chart().chart() != null);
        assertTrue(vm.chart().isShown());
        robot.interact(() -> vm.setView(View.COMPARISON));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#chart-treaty-ETS185").tryQuery().isPresent(), "a pair offers its second treaty");
        robot.clickOn("#chart-treaty-ETS185");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.chart().chart() != null
                && vm.chart().chart().treaty().equals(TreatyId.ETS185));
        robot.clickOn("#map");
        robot.type(KeyCode.G);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(vm.chart().isShown());
        assertTrue(robot.lookup("#chart-pane").tryQuery().isEmpty(), "hidden, the pane leaves the window");
    }

    @Test
    void theShownChartSurvivesALanguageSwitchAndSpeaksTheNewLanguage() throws Exception {
        showChart(View.UNCC);
        robot.interact(() -> app.switchLanguage(java.util.Locale.FRENCH));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pane() != null && pane().getScene() != null);
        assertTrue(vm.chart().isShown());
        assertEquals(vm.texts().get("chart.export"), robot.lookup("#chart-export")
                .queryAs(javafx.scene.control.Button.class).getText());
        assertEquals("Exporter le graphique\u2026", vm.texts().get("chart.export"));
        assertEquals(1, robot.lookup("#chart-pane").queryAll().size(), "one pane: the old window's is not rebuilt");
    }

    @Test
    void exportChartWritesTheFigureTheChartCommandWrites() throws Exception {
        showChart(View.UNCC);
        LocalDate day = LocalDate.of(2026, 5, 21);
        robot.interact(() -> vm.setDate(day));
        RunningApp.nextFrames();
        Path fromApp = dir.resolve("app.svg");
        Path written = WaitForAsyncUtils.asyncFx(() -> pane().exportTo(ExportFormat.SVG, fromApp)).get().get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(fromApp.toAbsolutePath(), written.toAbsolutePath());
        assertTrue(text("#chart-export-status").contains(fromApp.getFileName().toString()), "the pane says where");
        Path fromCli = dir.resolve("cli.svg");
        StringWriter err = new StringWriter();
        assertEquals(0, AtlasCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "chart", "--treaty", "UNCC",
                "--to", vm.today().toString(), "--date", day.toString(), "--out", fromCli.toString()), err.toString());
        assertEquals(Files.readString(fromCli), Files.readString(fromApp), "the same figure as `chart`");
        Path png = WaitForAsyncUtils.asyncFx(() -> pane().exportTo(ExportFormat.PNG, dir.resolve("app.png"))).get()
                .get(60, TimeUnit.SECONDS);
        assertTrue(Files.size(png) > 10_000);
        robot.interact(() -> { });
        assertTrue(Files.readString(fromApp).contains(vm.texts().get("chart.series." + PartiesSeries.IN_FORCE.name())));
    }

    @Test
    void hoveringASparklineMarkShowsTheEventAndItsSource() throws Exception {
        robot.interact(() -> {
            vm.setView(View.ETS185);
            vm.select("BRA");
        });
        RunningApp.nextFrames();
        Canvas canvas = robot.lookup("#sparkline-canvas-ETS185").queryAs(Canvas.class);
        StatusStory story = StatusStory.of(vm.atlas(), "BRA", TreatyId.ETS185, AtlasViewModel.TIMELINE_START, vm.today());
        StatusEvent accession = story.events().stream().filter(e -> e.type().csvName().equals("acceded")).findFirst()
                .orElseThrow();
        String before = text("#sparkline-info-ETS185");
        double x = SparklineFrame.of(story, canvas.getWidth(), canvas.getHeight()).x(accession.effectiveDate());
        robot.moveTo(canvas.localToScreen(x, 8).add(0, 4));
        robot.moveTo(canvas.localToScreen(x, 8));
        WaitForAsyncUtils.waitForFxEvents();
        String shown = text("#sparkline-info-ETS185");
        assertNotEquals(before, shown);
        assertTrue(shown.contains(vm.texts().get("event.acceded")) && shown.contains(vm.texts().eventDate(accession)),
                shown);
        assertEquals(accession.source(), text("#sparkline-source-ETS185"), "and its source");
        robot.moveTo(canvas.localToScreen(SparklineFrame.of(story, canvas.getWidth(), canvas.getHeight())
                .x(LocalDate.of(2010, 1, 1)), 8));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, text("#sparkline-info-ETS185"), "away from a mark, the hint again");
        assertEquals("", text("#sparkline-source-ETS185"));
        robot.interact(() -> vm.setView(View.COMPARISON));
        RunningApp.nextFrames();
        assertTrue(robot.lookup("#sparkline-UNCC").tryQuery().isPresent()
                && robot.lookup("#sparkline-ETS185").tryQuery().isPresent(), "one sparkline per treaty of the view");
    }
}
