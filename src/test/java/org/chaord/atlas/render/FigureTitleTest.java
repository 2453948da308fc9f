package org.chaord.atlas.render;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A long title must never run into the date at the figure's top right. */
class FigureTitleTest {

    /** Measures text as 0.6 em a character, like a sans-serif font on average. */
    private static final class Measuring implements PaintSurface {
        final List<String> texts = new ArrayList<>();

        @Override public void beginPath() { }
        @Override public void moveTo(double x, double y) { }
        @Override public void lineTo(double x, double y) { }
        @Override public void closePath() { }
        @Override public void fillPath(int argb) { }
        @Override public void strokePath(int argb, double width) { }
        @Override public void fillRect(double x, double y, double w, double h, int argb) { }
        @Override public void strokeRect(double x, double y, double w, double h, int argb, double width) { }
        @Override public void fillCircle(double cx, double cy, double r, int argb) { }
        @Override public void strokeCircle(double cx, double cy, double r, int argb, double width) { }
        @Override public void text(String text, double x, double y, double size, boolean bold, int argb, TextAlign a) {
            texts.add(text);
        }
        @Override public double textWidth(String text, double size, boolean bold) {
            return text.length() * size * 0.6;
        }
        @Override public void clip(double x, double y, double w, double h) { }
        @Override public void unclip() { }
    }

    @Test
    void aShortTitleKeepsItsSize() {
        Measuring s = new Measuring();
        assertEquals(26.0, FigurePainter.fitSize(s, "Budapest", 1000, 26, 16));
        assertEquals("Budapest", FigurePainter.fit(s, "Budapest", 1000, 26));
    }

    @Test
    void aLongerTitleShrinksToFitTheRoomLeftByTheDate() {
        Measuring s = new Measuring();
        String title = "Convention sur la cybercriminalité (Convention de Budapest, STE 185)";
        double size = FigurePainter.fitSize(s, title, 1000, 26, 16);
        assertTrue(size < 26 && size >= 16, "size " + size);
        assertTrue(s.textWidth(title, size, true) <= 1000);
        assertEquals(title, FigurePainter.fit(s, title, 1000, size));
    }

    @Test
    void aVeryLongTitleIsCutWithAnEllipsisAtTheSmallestSize() {
        Measuring s = new Measuring();
        String title = "A very long title typed by a journalist who wants to say everything about the split at once";
        double size = FigurePainter.fitSize(s, title, 500, 26, 16);
        assertEquals(16.0, size);
        String shown = FigurePainter.fit(s, title, 500, size);
        assertTrue(shown.endsWith("\u2026"), shown);
        assertTrue(s.textWidth(shown, size, true) <= 500, shown);
        assertTrue(title.startsWith(shown.substring(0, shown.length() - 1).strip()));
    }
}
