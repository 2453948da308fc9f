package org.chaord.atlas.export;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.chaord.atlas.data.LoadResult;
import org.chaord.atlas.model.View;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfExportTest {

    @TempDir
    Path dir;

    @Test
    void pdfIsOneA4LandscapePageWithEmbeddedFontAndRealText() throws Exception {
        LoadResult data = BundledData.get();
        ExportSpec spec = ExportSpec.of(ExportFormat.PDF, View.ETS185, LocalDate.of(2025, 11, 1))
                .withPaper(PaperSize.A4, 300).withTitles("Budapest Convention parties", "");
        Path out = dir.resolve("map.pdf");
        new ExportService().export(spec, data.atlas(), data.shapes(), out, null);

        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            PDPage page = doc.getPage(0);
            assertEquals(842, page.getMediaBox().getWidth(), 1.0);
            assertEquals(595, page.getMediaBox().getHeight(), 1.0);
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Budapest Convention parties"), text);
            assertTrue(text.contains("Natural Earth"), "attribution is text too");
            boolean embedded = false;
            for (var form : page.getResources().getXObjectNames()) {
                var xo = page.getResources().getXObject(form);
                if (xo instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject f) {
                    for (var name : f.getResources().getFontNames()) {
                        PDFont font = f.getResources().getFont(name);
                        embedded |= font.getName().contains("DejaVuSans") && font.isEmbedded();
                    }
                }
            }
            assertTrue(embedded, "DejaVu Sans is embedded");
        }
    }
}
