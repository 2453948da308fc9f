package org.chaord.atlas.ui.app;

/**
 * A map frame kept for the next start: the window's title and size when it was shown, where the map's pixels were
 * in it, the window's background around them, and the map's pixels themselves (ARGB, {@code pixelWidth} ×
 * {@code pixelHeight} device pixels: more than the map's size on a HiDPI screen) (ADR 0031).
 */
record SavedFrame(String title, double sceneWidth, double sceneHeight, double x, double y, double width,
                  double height, int background, int pixelWidth, int pixelHeight, int[] argb) {

    SavedFrame {
        if (pixelWidth <= 0 || pixelHeight <= 0 || argb.length != (long) pixelWidth * pixelHeight) {
            throw new IllegalArgumentException("a frame of " + pixelWidth + " × " + pixelHeight + " pixels");
        }
    }

    /**
     * This frame with its pixels premultiplied by their alpha, in place, as the image that shows them takes them (the
     * map's are opaque, and so stay as they are). Done on the thread that reads the frame, not on the FX thread.
     */
    SavedFrame premultiplied() {
        for (int i = 0; i < argb.length; i++) {
            int a = argb[i] >>> 24;
            if (a != 0xff) {
                int p = argb[i];
                argb[i] = a << 24 | (p >> 16 & 0xff) * a / 0xff << 16 | (p >> 8 & 0xff) * a / 0xff << 8
                        | (p & 0xff) * a / 0xff;
            }
        }
        return this;
    }
}
