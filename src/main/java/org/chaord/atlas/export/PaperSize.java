package org.chaord.atlas.export;

import java.util.Locale;

/**
 * Figure size presets. Slide and 4K are fixed pixel sizes; A4 and A3 (landscape) are paper sizes whose pixel size
 * follows the resolution: A4 is 297 × 210 mm, so 3508 × 2480 px at 300 dpi.
 */
public enum PaperSize {
    SLIDE("slide", 1920, 1080, 0, 0),
    UHD_4K("4k", 3840, 2160, 0, 0),
    A4("a4", 0, 0, 297, 210),
    A3("a3", 0, 0, 420, 297);

    /** Resolution assumed for fixed pixel sizes when none is given (a screen's 96 dpi). */
    public static final double SCREEN_DPI = 96;
    /** Resolution assumed for paper sizes when none is given (print quality). */
    public static final double PRINT_DPI = 300;
    private static final double MM_PER_INCH = 25.4;

    private final String id;
    private final int widthPx;
    private final int heightPx;
    private final double widthMm;
    private final double heightMm;

    PaperSize(String id, int widthPx, int heightPx, double widthMm, double heightMm) {
        this.id = id;
        this.widthPx = widthPx;
        this.heightPx = heightPx;
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    public String id() {
        return id;
    }

    /** True for the paper sizes (A4, A3), whose pixel size depends on the resolution. */
    public boolean isPaper() {
        return widthMm > 0;
    }

    /** The resolution a size is exported at when none is given: print quality for paper, a screen's otherwise. */
    public double defaultDpi() {
        return isPaper() ? PRINT_DPI : SCREEN_DPI;
    }

    public int widthPx(double dpi) {
        return isPaper() ? (int) Math.round(widthMm / MM_PER_INCH * dpi) : widthPx;
    }

    public int heightPx(double dpi) {
        return isPaper() ? (int) Math.round(heightMm / MM_PER_INCH * dpi) : heightPx;
    }

    /** Parses {@code slide}, {@code 4k}, {@code a4}, {@code a3} (case-insensitive). */
    public static PaperSize fromId(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (PaperSize p : values()) {
            if (p.id.equals(wanted) || p.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown paper size '" + text + "' (expected slide, 4k, a4 or a3)");
    }
}
