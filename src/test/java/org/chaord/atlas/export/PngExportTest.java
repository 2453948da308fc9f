package org.chaord.atlas.export;

import org.chaord.atlas.data.LoadResult;
import org.chaord.atlas.model.StatusClass;
import org.chaord.atlas.model.View;
import org.chaord.atlas.render.Palette;
import org.chaord.atlas.render.ProjectedShape;
import org.chaord.atlas.render.Viewport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Element;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PngExportTest {

    private static final LocalDate DAY = LocalDate.of(2025, 11, 1);
    private static LoadResult data;
    private final ExportService service = new ExportService();

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        data = BundledData.get();
    }

    @Test
    void pngHasExactSizeAndResolution() throws IOException {
        ExportSpec spec = ExportSpec.of(ExportFormat.PNG, View.UNCC, DAY).withPaper(PaperSize.A4, 150);
        Path out = dir.resolve("a4.png");
        ExportResult result = service.export(spec, data.atlas(), data.shapes(), out, null);

        assertEquals(out.toAbsolutePath(), result.file());
        BufferedImage image = ImageIO.read(out.toFile());
        assertEquals(1754, image.getWidth());
        assertEquals(1240, image.getHeight());
        assertEquals(150, readDpi(out), 0.05, "pHYs stores whole pixels per metre: 5906");
    }

    @ParameterizedTest
    @CsvSource({"UNCC, FRA, SIGNED", "UNCC, USA, NONE", "ETS185, FRA, PARTY", "ETS185, USA, PARTY"})
    void countryPixelHasItsClassColour(View view, String iso3, StatusClass expected) throws IOException {
        Palette palette = Palette.COLOR_BLIND_SAFE;
        ExportSpec spec = ExportSpec.of(ExportFormat.PNG, view, DAY).withPalette(palette);
        Path out = dir.resolve(iso3 + ".png");
        ExportResult result = service.export(spec, data.atlas(), data.shapes(), out, null);

        StatusClass cls = data.atlas().history().classOn(iso3, view, DAY);
        assertEquals(expected, cls, "the bundled data's class for " + iso3);
        ProjectedShape shape = result.scene().world().shape(iso3);
        Viewport v = result.scene().viewport();
        int x = (int) Math.round(v.screenX(shape.labelPoint().x));
        int y = (int) Math.round(v.screenY(shape.labelPoint().y));
        BufferedImage image = ImageIO.read(out.toFile());
        assertEquals(Integer.toHexString(palette.fill(cls) & 0xFFFFFF), Integer.toHexString(image.getRGB(x, y) & 0xFFFFFF),
                iso3 + " at (" + x + ", " + y + ")");
    }

    @Test
    void existingTargetIsReplacedAndNoTempFileIsLeft() throws IOException {
        Path out = dir.resolve("map.png");
        Files.writeString(out, "old");
        service.export(ExportSpec.of(ExportFormat.PNG, View.UNCC, DAY).withSize(400, 240, 72), data.atlas(),
                data.shapes(), out, null);

        assertTrue(Files.size(out) > 1000);
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    static double readDpi(Path png) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadata meta = reader.getImageMetadata(0);
            Element root = (Element) meta.getAsTree(PngWriter.PNG_METADATA_FORMAT);
            reader.dispose();
            return PngWriter.dpiOf(root);
        }
    }
}
