package org.chaord.atlas.export;

import org.junit.jupiter.api.Test;

import java.text.Bidi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An Arabic line in an SVG viewer (left-to-right base) must read as in the PNG and PDF (Java2D: first strong letter). */
class BidiEmbeddingTest {

    private static final String PARTY = "دولة طرف (نافذة) 12";
    private static final String MAP_SOURCE = "الخريطة: Natural Earth (ملك عام) · Chaord Atlas";

    /** What a left-to-right viewer shows of {@code shown}, as indices into {@code original} (the marks dropped). */
    private static int[] inLeftToRightViewer(String shown, String original) {
        int marks = shown.length() == original.length() ? 0 : 1;
        return java.util.Arrays.stream(BidiEmbedding.visualOrder(new Bidi(shown, Bidi.DIRECTION_LEFT_TO_RIGHT)))
                .filter(v -> {
                    int at = v < 0 ? -1 - v : v;
                    return at >= marks && at < marks + original.length();
                })
                .map(v -> v < 0 ? v + marks : v - marks).toArray();
    }

    private static int[] asRightToLeftParagraph(String text) {
        return BidiEmbedding.visualOrder(new Bidi(text, Bidi.DIRECTION_RIGHT_TO_LEFT));
    }

    @Test
    void anArabicLineWithBracketsAndDigitsReadsRightToLeftInAnSvgViewer() {
        String shown = BidiEmbedding.forLeftToRightViewer(PARTY);
        assertArrayEquals(asRightToLeftParagraph(PARTY), inLeftToRightViewer(shown, PARTY));
        // on screen, left to right: "12", then the bracketed word with both brackets mirrored, then "دولة طرف"
        int[] visual = inLeftToRightViewer(shown, PARTY);
        assertEquals(PARTY.indexOf('1'), visual[0]);
        assertEquals(-1 - PARTY.indexOf(')'), visual[3], "the closing bracket stands left of the word, mirrored");
        assertEquals(-1 - PARTY.indexOf('('), visual[9], "the opening bracket stands right of it, mirrored");
        assertEquals(-1 - 0, visual[visual.length - 1], "the line's first letter is its rightmost");
    }

    @Test
    void latinNamesInsideAnArabicLineKeepTheirOwnOrderAndTheLineStaysRightToLeft() {
        String shown = BidiEmbedding.forLeftToRightViewer(MAP_SOURCE);
        assertArrayEquals(asRightToLeftParagraph(MAP_SOURCE), inLeftToRightViewer(shown, MAP_SOURCE));
        int[] visual = inLeftToRightViewer(shown, MAP_SOURCE);
        assertEquals(MAP_SOURCE.indexOf("Chaord"), visual[0], "the last words, Latin, open the line on the left");
        assertTrue(new Bidi(MAP_SOURCE, Bidi.DIRECTION_LEFT_TO_RIGHT).getRunCount() > 1);
        assertFalse(java.util.Arrays.equals(asRightToLeftParagraph(MAP_SOURCE),
                BidiEmbedding.visualOrder(new Bidi(MAP_SOURCE, Bidi.DIRECTION_LEFT_TO_RIGHT))),
                "without the embedding a viewer would show it in another order");
    }

    @Test
    void linesThatAlreadyReadTheSameAreLeftAlone() {
        assertEquals("Party (in force) 12", BidiEmbedding.forLeftToRightViewer("Party (in force) 12"));
        assertEquals("فرنسا", BidiEmbedding.forLeftToRightViewer("فرنسا"), "an Arabic name alone needs no mark");
        assertEquals("٣ من أصل ٤٠ صكاً", BidiEmbedding.forLeftToRightViewer("٣ من أصل ٤٠ صكاً"));
    }

    @Test
    void theEmbeddingMarksAreCharactersTheBundledFontHolds() throws Exception {
        String shown = BidiEmbedding.forLeftToRightViewer(MAP_SOURCE);
        assertEquals(BidiEmbedding.RIGHT_TO_LEFT_EMBEDDING, shown.charAt(0));
        assertEquals(BidiEmbedding.POP_DIRECTIONAL_FORMATTING, shown.charAt(shown.length() - 1));
        java.awt.Font font = ExportFonts.bundled().font(false, 12);
        assertEquals(-1, font.canDisplayUpTo(shown), "no box, no fallback font for the marks");
    }
}
