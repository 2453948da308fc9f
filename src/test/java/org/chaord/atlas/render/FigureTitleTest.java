package org.chaord.atlas.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A long title must never run into the date at the figure's top right. */
class FigureTitleTest {

    @Test
    void aShortTitleKeepsItsSize() {
        MeasuringSurface s = new MeasuringSurface();
        assertEquals(26.0, FigurePainter.fitSize(s, "Budapest", 1000, 26, 16));
        assertEquals("Budapest", FigurePainter.fit(s, "Budapest", 1000, 26));
    }

    @Test
    void aLongerTitleShrinksToFitTheRoomLeftByTheDate() {
        MeasuringSurface s = new MeasuringSurface();
        String title = "Convention sur la cybercriminalité (Convention de Budapest, STE 185)";
        double size = FigurePainter.fitSize(s, title, 1000, 26, 16);
        assertTrue(size < 26 && size >= 16, "size " + size);
        assertTrue(s.textWidth(title, size, true) <= 1000);
        assertEquals(title, FigurePainter.fit(s, title, 1000, size));
    }

    @Test
    void aVeryLongTitleIsCutWithAnEllipsisAtTheSmallestSize() {
        MeasuringSurface s = new MeasuringSurface();
        String title = "A very long title typed by a journalist who wants to say everything about the split at once";
        double size = FigurePainter.fitSize(s, title, 500, 26, 16);
        assertEquals(16.0, size);
        String shown = FigurePainter.fit(s, title, 500, size);
        assertTrue(shown.endsWith("\u2026"), shown);
        assertTrue(s.textWidth(shown, size, true) <= 500, shown);
        assertTrue(title.startsWith(shown.substring(0, shown.length() - 1).strip()));
    }
}
