package org.chaord.atlas.export;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.chaord.atlas.render.FigureLayout;
import org.chaord.atlas.render.FigurePainter;
import org.chaord.atlas.render.MapScene;
import org.chaord.atlas.render.PaintSurface;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Calendar;

/**
 * Paints a figure as one vector PDF page (PDFBox with rototor's Graphics2D bridge). The page is the figure's size at
 * its resolution in points (A4 landscape at any dpi: 842 × 595 pt); the figure is painted in its pixel coordinates,
 * scaled by 72 / dpi. The bundled DejaVu Sans is embedded (subset), so text is real, extractable text.
 */
final class PdfWriter {

    private PdfWriter() {
    }

    static void write(MapScene scene, FigureLayout layout, ExportSpec spec, ExportFonts fonts, OutputStream out,
                      ExportProgress progress)
            throws IOException {
        write(s -> FigurePainter.paint(scene, layout, s), spec.widthPoints(), spec.heightPoints(), spec.dpi(),
                scene.title(), scene.dateLine(), fonts, out, progress);
    }

    /** Any figure (a map, a chart) painted by {@code figure} in pixels, on a page of the given size in points. */
    static void write(java.util.function.Consumer<PaintSurface> figure, double widthPoints, double heightPoints,
                      double dpi, String title, String subject, ExportFonts fonts, OutputStream out,
                      ExportProgress progress) throws IOException {
        float w = (float) widthPoints;
        float h = (float) heightPoints;
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(w, h));
            doc.addPage(page);
            PdfBoxGraphics2DFontTextDrawer text = new PdfBoxGraphics2DFontTextDrawer();
            text.registerFont(fonts.regular().getFontName(), embed(doc, ExportFonts.REGULAR_RESOURCE));
            text.registerFont(fonts.bold().getFontName(), embed(doc, ExportFonts.BOLD_RESOURCE));
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, w, h);
            try {
                g.setFontTextDrawer(text);
                g.scale(72.0 / dpi, 72.0 / dpi);
                figure.accept(new Graphics2DSurface(g, false, fonts).cancelWhen(progress::isCancelled));
            } finally {
                g.dispose();
            }
            PDFormXObject form = g.getXFormObject();
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawForm(form);
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(TextSanitizer.clean(title));
            info.setSubject(TextSanitizer.clean(subject));
            info.setCreator("Chaord Atlas");
            info.setCreationDate(Calendar.getInstance());
            doc.save(out);
        }
    }

    private static PDType0Font embed(PDDocument doc, String resource) throws IOException {
        try (InputStream in = ExportFonts.open(resource)) {
            return PDType0Font.load(doc, in);
        }
    }
}
