package org.chaord.atlas.export;

import org.chaord.atlas.render.FigureLayout;
import org.chaord.atlas.render.FigurePainter;
import org.chaord.atlas.render.MapScene;
import org.w3c.dom.Element;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Paints a figure into a {@link BufferedImage} of exactly width × height (RGB, 4 bytes a pixel: a 12000 × 8000 image
 * needs about 384 MB of heap, so run big exports with e.g. {@code -Xmx1g}) and writes it as PNG with the resolution in
 * the pHYs chunk.
 */
final class PngWriter {

    static final String PNG_METADATA_FORMAT = "javax_imageio_png_1.0";
    /** Deflate effort: lower is faster; maps are large flat areas and compress well anyway. */
    static final float COMPRESSION_QUALITY = 0.75f;

    private PngWriter() {
    }

    static BufferedImage paint(MapScene scene, FigureLayout layout, ExportFonts fonts, ExportProgress progress) {
        BufferedImage image = new BufferedImage((int) layout.width(), (int) layout.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            FigurePainter.paint(scene, layout, new Graphics2DSurface(g, false, fonts).cancelWhen(progress::isCancelled));
        } finally {
            g.dispose();
        }
        return image;
    }

    static void write(BufferedImage image, double dpi, OutputStream out, ExportProgress progress) throws IOException {
        write(image, dpi, java.util.Map.of(), out, progress);
    }

    /** As above, with text chunks (keyword → text; iTXt, so Arabic and Chinese titles survive). */
    static void write(BufferedImage image, double dpi, java.util.Map<String, String> text, OutputStream out,
                      ExportProgress progress) throws IOException {
        ImageTypeSpecifier type = ImageTypeSpecifier.createFromRenderedImage(image);
        ImageWriter writer = ImageIO.getImageWriters(type, "png").next();
        try (ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (param.canWriteCompressed()) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(COMPRESSION_QUALITY);
            }
            IIOMetadata metadata = writer.getDefaultImageMetadata(type, param);
            metadata.mergeTree(PNG_METADATA_FORMAT, physNode(dpi));
            if (!text.isEmpty()) {
                metadata.mergeTree(PNG_METADATA_FORMAT, textNode(text));
            }
            writer.setOutput(ios);
            // Encoding a huge image takes seconds: the writer checks for an abort between rows.
            writer.addIIOWriteProgressListener(new javax.imageio.event.IIOWriteProgressListener() {
                @Override public void imageStarted(ImageWriter source, int imageIndex) { }
                @Override public void imageProgress(ImageWriter source, float percentageDone) {
                    if (progress.isCancelled()) {
                        source.abort();
                    }
                }
                @Override public void imageComplete(ImageWriter source) { }
                @Override public void thumbnailStarted(ImageWriter source, int imageIndex, int thumbnailIndex) { }
                @Override public void thumbnailProgress(ImageWriter source, float percentageDone) { }
                @Override public void thumbnailComplete(ImageWriter source) { }
                @Override public void writeAborted(ImageWriter source) { }
            });
            writer.write(null, new IIOImage(image, null, metadata), param);
            if (progress.isCancelled()) {
                throw new java.util.concurrent.CancellationException("export cancelled");
            }
        } finally {
            writer.dispose();
        }
    }

    /** The pHYs chunk: pixels per metre on both axes. */
    static IIOMetadataNode physNode(double dpi) {
        String perMetre = Long.toString(Math.round(dpi / 0.0254));
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        phys.setAttribute("pixelsPerUnitXAxis", perMetre);
        phys.setAttribute("pixelsPerUnitYAxis", perMetre);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode(PNG_METADATA_FORMAT);
        root.appendChild(phys);
        return root;
    }

    /** The standard keywords of a figure: Title, Description, Source, Software, Creation Time (RFC 1123). */
    static java.util.Map<String, String> figureText(MapScene scene) {
        java.util.Map<String, String> text = new java.util.LinkedHashMap<>();
        text.put("Title", org.chaord.atlas.render.FigureText.title(scene) + " \u2014 " + scene.dateLine());
        text.put("Description", org.chaord.atlas.render.FigureText.description(scene));
        text.put("Source", scene.sourceLine());
        text.put("Software", "Chaord Atlas");
        text.put("Creation Time", java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                .format(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC)));
        return text;
    }

    static IIOMetadataNode textNode(java.util.Map<String, String> text) {
        IIOMetadataNode itxt = new IIOMetadataNode("iTXt");
        text.forEach((keyword, value) -> {
            IIOMetadataNode entry = new IIOMetadataNode("iTXtEntry");
            entry.setAttribute("keyword", keyword);
            entry.setAttribute("compressionFlag", "FALSE");
            entry.setAttribute("compressionMethod", "0");
            entry.setAttribute("languageTag", "");
            entry.setAttribute("translatedKeyword", "");
            entry.setAttribute("text", value);
            itxt.appendChild(entry);
        });
        IIOMetadataNode root = new IIOMetadataNode(PNG_METADATA_FORMAT);
        root.appendChild(itxt);
        return root;
    }

    /** Reads the resolution back from a PNG's metadata root, in dots per inch; NaN when absent. */
    static double dpiOf(Element pngMetadataRoot) {
        var list = pngMetadataRoot.getElementsByTagName("pHYs");
        if (list.getLength() == 0) {
            return Double.NaN;
        }
        Element phys = (Element) list.item(0);
        return Double.parseDouble(phys.getAttribute("pixelsPerUnitXAxis")) * 0.0254;
    }
}
