package org.chaord.atlas.ui.export;

import org.chaord.atlas.cli.AtlasCli;
import org.chaord.atlas.export.BundledData;
import org.chaord.atlas.export.ExportFormat;
import org.chaord.atlas.export.ExportService;
import org.chaord.atlas.export.ExportSpec;
import org.chaord.atlas.model.View;
import org.chaord.atlas.render.BundledWorld;
import org.chaord.atlas.ui.AtlasViewModel;
import org.chaord.atlas.ui.internal.UiThreads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The export dialog's view-model without a stage: sizes, limits, the spec it describes. */
class ExportViewModelTest {

    private static final ExportService SERVICE = new ExportService();
    private AtlasViewModel atlas;
    private ExportViewModel model;

    @BeforeEach
    void setUp() {
        atlas = new AtlasViewModel(UiThreads.direct(), null, () -> LocalDate.of(2026, 11, 28));
        atlas.extent().resize(1200, 640);
        atlas.showLoaded(BundledData.get(), BundledWorld.get());
        atlas.setView(View.ETS185);
        model = new ExportViewModel(atlas, SERVICE, UiThreads.direct());
    }

    /** What the command line says (its first line on stderr) when asked for the same figure. */
    private static String cliSays(Path dir, String... sizeArgs) {
        StringWriter err = new StringWriter();
        String[] args = new String[sizeArgs.length + 3];
        args[0] = "export";
        System.arraycopy(sizeArgs, 0, args, 1, sizeArgs.length);
        args[args.length - 2] = "--out";
        args[args.length - 1] = dir.resolve("cli.png").toString();
        assertEquals(AtlasCli.USAGE, AtlasCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args));
        return err.toString().lines().findFirst().orElseThrow();
    }

    @Test
    void aSizePastTheLimitsIsRefusedWithTheCommandLinesMessage(@TempDir Path dir) {
        String cli = cliSays(dir, "--width", "50000", "--height", "1000");
        model.size().setCustom(50000, 1000, 96);
        assertEquals(cli, model.size().problem());
        model.setTargetPath(dir.resolve("figure.png"));
        model.export();
        assertEquals(cli, model.job().messageProperty().get());
        assertEquals(ExportJob.Outcome.FAILED, model.job().outcomeProperty().get());
        assertTrue(Files.notExists(dir.resolve("figure.png")));
    }

    @Test
    void aResolutionPastTheLimitsIsRefusedWithTheCommandLinesMessage(@TempDir Path dir) {
        String cli = cliSays(dir, "--dpi", "20000");
        model.size().setCustom(1920, 1080, 20000);
        assertEquals(cli, model.size().problem());
        model.size().setCustom(1920, 1080, 300);
        assertNull(model.size().problem());
    }

    @Test
    void aPaperSizeTakesPrintResolutionAndItsPixelsFollowTheResolution() {
        model.size().selectPreset(SizePreset.A4);
        assertEquals(300, model.size().dpiProperty().get());
        assertEquals(3508, model.spec().width());
        assertEquals(2480, model.spec().height());
        model.size().setDpi(150);
        assertEquals(1754, model.spec().width());
        model.size().selectPreset(SizePreset.SLIDE);
        assertEquals(96, model.size().dpiProperty().get());
        assertEquals(1920, model.spec().width());
    }

    @Test
    void theSpecShowsWhatTheMapShows() {
        atlas.showCountry("FRA");
        model.setRegion(ExportViewModel.CURRENT);
        model.selectFormat(ExportFormat.SVG);
        ExportSpec spec = model.spec();
        assertEquals(View.ETS185, spec.view());
        assertEquals(atlas.date(), spec.date());
        assertEquals(atlas.extent().viewport().visibleWorld(), spec.extent());
        assertEquals(ExportFormat.SVG, spec.format());
        model.setRegion("europe");
        assertNull(model.spec().extent());
        assertEquals("europe", model.spec().region().id());
    }

    @Test
    void theFileFollowsTheFormat(@TempDir Path dir) {
        model.setTargetPath(dir.resolve("budapest.png"));
        model.selectFormat(ExportFormat.PDF);
        assertEquals(dir.resolve("budapest.pdf"), model.targetPath());
        assertEquals(dir.resolve("budapest.pdf").toString(), model.fileProperty().get());
    }
}
