package org.chaord.atlas.render;

/**
 * The width a label will take, estimated from its characters rather than measured by a font, so the composer
 * places the same labels for the screen and every export (each target's font differs by a few per cent). The
 * advances are those of DejaVu Sans, the widest of the fonts used, so a box never comes out too small.
 */
final class LabelMetrics {

    private LabelMetrics() {
    }

    static double width(String text, double size) {
        double em = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            em += advance(cp);
            i += Character.charCount(cp);
        }
        return em * size;
    }

    private static double advance(int cp) {
        if (cp == ' ') {
            return 0.32;
        }
        if (cp >= 0x2E80) { // CJK ideographs, kana, hangul: full width
            return 1.0;
        }
        if (cp >= 0x0600 && cp <= 0x06FF) { // Arabic letters join; their shaped forms average about half an em
            return 0.52;
        }
        if (Character.isUpperCase(cp)) {
            return 0.72;
        }
        if (cp == 'i' || cp == 'l' || cp == 'j' || cp == '\'' || cp == '.' || cp == ',') {
            return 0.3;
        }
        return cp == 'm' || cp == 'w' ? 0.9 : 0.6;
    }
}
