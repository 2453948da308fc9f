package org.chaord.atlas.export;

import java.util.Locale;
import java.util.Optional;

/**
 * The sizes and resolutions a figure may have, the same for the export dialog and the command line, with the one
 * message each says when a request is out of bounds. Below 16 px the figure's type no longer fits; past 40,000 px a
 * side no raster fits in a desktop heap (PNG) and no PDF viewer opens the page; 36–10,000 dpi covers screens to
 * photo typesetters.
 */
public final class ExportLimits {

    public static final int MIN_SIDE_PX = 16;
    public static final int MAX_SIDE_PX = 40_000;
    public static final int MIN_DPI = 36;
    public static final int MAX_DPI = 10_000;

    private ExportLimits() {
    }

    /** Why {@code width × height} pixels cannot be exported, or empty when they can. */
    public static Optional<String> checkSize(long width, long height) {
        if (width < MIN_SIDE_PX || height < MIN_SIDE_PX) {
            return Optional.of("width and height must be at least " + MIN_SIDE_PX + " pixels (got " + width + " x "
                    + height + ")");
        }
        if (width > MAX_SIDE_PX || height > MAX_SIDE_PX) {
            return Optional.of("figure too large: " + width + " x " + height + " pixels (at most " + MAX_SIDE_PX
                    + " a side)");
        }
        return Optional.empty();
    }

    /** Why a resolution cannot be used, or empty when it can. */
    public static Optional<String> checkDpi(double dpi) {
        if (!(dpi >= MIN_DPI && dpi <= MAX_DPI)) {
            return Optional.of("resolution must be between " + MIN_DPI + " and " + MAX_DPI + " dpi (got "
                    + plain(dpi) + ")");
        }
        return Optional.empty();
    }

    /** The first problem of a whole request: resolution, then size. */
    public static Optional<String> check(long width, long height, double dpi) {
        return checkDpi(dpi).or(() -> checkSize(width, height));
    }

    /** Clamps a side into the limits (spinners, remembered settings). */
    public static int clampSide(int px) {
        return Math.max(MIN_SIDE_PX, Math.min(MAX_SIDE_PX, px));
    }

    /** Clamps a resolution into the limits. */
    public static int clampDpi(int dpi) {
        return Math.max(MIN_DPI, Math.min(MAX_DPI, dpi));
    }

    private static String plain(double v) {
        return v == Math.rint(v) && !Double.isInfinite(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%s", v);
    }
}
