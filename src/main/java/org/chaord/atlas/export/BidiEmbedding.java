package org.chaord.atlas.export;

import java.text.Bidi;

/**
 * Makes a line read the same in an SVG viewer as in the PNG and PDF. Java2D lays a line out from its first strong
 * letter, so an Arabic line is right to left there; SVG viewers lay every {@code <text>} out left to right (the
 * {@code direction} property's default), so "الخريطة: Natural Earth (ملك عام)" came out with its words and brackets
 * in the wrong places. Such a line is embedded in RLE…PDF (U+202B, U+202C), which every viewer's bidi honours and
 * the bundled DejaVu Sans holds as zero-width marks. Lines that already read the same are left as they are.
 */
public final class BidiEmbedding {

    static final char RIGHT_TO_LEFT_EMBEDDING = '\u202B';
    static final char POP_DIRECTIONAL_FORMATTING = '\u202C';

    private BidiEmbedding() {
    }

    /** The line as a left-to-right viewer must get it to show what Java2D shows. */
    public static String forLeftToRightViewer(String text) {
        if (text == null || !Bidi.requiresBidi(text.toCharArray(), 0, text.length())) {
            return text;
        }
        Bidi asJava2d = new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        if (asJava2d.baseIsLeftToRight() || sameLayout(asJava2d, new Bidi(text, Bidi.DIRECTION_LEFT_TO_RIGHT))) {
            return text;
        }
        return RIGHT_TO_LEFT_EMBEDDING + text + POP_DIRECTIONAL_FORMATTING;
    }

    /** The characters' indices from left to right on screen, and whether each runs right to left (is mirrored). */
    static int[] visualOrder(Bidi bidi) {
        int n = bidi.getLength();
        byte[] levels = new byte[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            levels[i] = (byte) bidi.getLevelAt(i);
            order[i] = i;
        }
        Bidi.reorderVisually(levels, 0, order, 0, n);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            // a right-to-left character is stored as -1 - index, so a mirrored bracket differs from an unmirrored one
            out[i] = levels[order[i]] % 2 == 1 ? -1 - order[i] : order[i];
        }
        return out;
    }

    private static boolean sameLayout(Bidi a, Bidi b) {
        return java.util.Arrays.equals(visualOrder(a), visualOrder(b));
    }
}
