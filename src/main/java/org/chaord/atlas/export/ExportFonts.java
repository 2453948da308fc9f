package org.chaord.atlas.export;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The typeface of exported figures: DejaVu Sans (regular and bold, free licence, bundled with the application), so
 * PNG, SVG and PDF look alike on every machine and PDFs can embed it. Covers Latin, Greek, Cyrillic and Arabic;
 * text it cannot show falls back to the JDK's logical "SansSerif" font (see {@link Graphics2DSurface}).
 */
public final class ExportFonts {

    static final String REGULAR_RESOURCE = "fonts/DejaVuSans.ttf";
    static final String BOLD_RESOURCE = "fonts/DejaVuSans-Bold.ttf";

    private static volatile ExportFonts shared;

    private final Font regular;
    private final Font bold;

    private ExportFonts(Font regular, Font bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** The bundled fonts, loaded once. */
    public static ExportFonts bundled() {
        ExportFonts f = shared;
        if (f == null) {
            synchronized (ExportFonts.class) {
                if (shared == null) {
                    shared = new ExportFonts(load(REGULAR_RESOURCE), load(BOLD_RESOURCE));
                }
                f = shared;
            }
        }
        return f;
    }

    private static Font load(String resource) {
        try (InputStream in = open(resource)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled font " + resource, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("bundled font " + resource + " is not a TrueType font", e);
        }
    }

    /** Opens the bundled font file (for PDF embedding); the caller closes it. */
    static InputStream open(String resource) throws IOException {
        InputStream in = ExportFonts.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("bundled font " + resource + " is missing from the classpath");
        }
        return in;
    }

    /**
     * The font at a size in pixels. The bold face also carries the BOLD style, so SVG writes {@code font-weight: bold}
     * (Java2D does not embolden a face that is already bold).
     */
    public Font font(boolean boldFace, double size) {
        return boldFace ? bold.deriveFont(Font.BOLD, (float) size) : regular.deriveFont((float) size);
    }

    public Font regular() {
        return regular;
    }

    public Font bold() {
        return bold;
    }
}
