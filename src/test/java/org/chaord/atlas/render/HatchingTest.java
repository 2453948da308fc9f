package org.chaord.atlas.render;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hatching lines stay inside a shape, keep its holes open, and run at 45°. */
class HatchingTest {

    /** Records the segments of the path (moveTo then lineTo). */
    private static final class Segments implements PaintSurface {
        final List<double[]> segments = new ArrayList<>();
        private double x0;
        private double y0;

        @Override public void moveTo(double x, double y) {
            x0 = x;
            y0 = y;
        }

        @Override public void lineTo(double x, double y) {
            segments.add(new double[] {x0, y0, x, y});
        }

        @Override public void beginPath() { }
        @Override public void closePath() { }
        @Override public void fillPath(int argb) { }
        @Override public void strokePath(int argb, double width) { }
        @Override public void fillRect(double x, double y, double w, double h, int argb) { }
        @Override public void strokeRect(double x, double y, double w, double h, int argb, double width) { }
        @Override public void fillCircle(double cx, double cy, double r, int argb) { }
        @Override public void strokeCircle(double cx, double cy, double r, int argb, double width) { }
        @Override public void text(String text, double x, double y, double size, boolean bold, int argb, TextAlign a) { }
        @Override public double textWidth(String text, double size, boolean bold) {
            return 0;
        }
        @Override public void clip(double x, double y, double w, double h) { }
        @Override public void unclip() { }
    }

    private static final double[] SQUARE = {0, 0, 100, 0, 100, 100, 0, 100};
    private static final double[] HOLE = {40, 40, 60, 40, 60, 60, 40, 60};

    @Test
    void linesFillTheSquareAndStayInsideIt() {
        Segments s = new Segments();
        Hatching.addScreenLines(s, new double[][] {SQUARE}, 10);
        // u = x + y runs from 0 to 200: lines at 10, 20, … 190 cross the square (0 and 200 touch a corner only)
        assertEquals(19, s.segments.size());
        for (double[] seg : s.segments) {
            for (int i = 0; i < 4; i++) {
                assertTrue(seg[i] >= -1e-9 && seg[i] <= 100 + 1e-9, "inside the square: " + seg[i]);
            }
            assertEquals(seg[0] + seg[1], seg[2] + seg[3], 1e-9, "a 45° line keeps x + y");
        }
    }

    @Test
    void aHoleStaysOpen() {
        Segments s = new Segments();
        Hatching.addScreenLines(s, new double[][] {SQUARE, HOLE}, 10);
        boolean cut = false;
        for (double[] seg : s.segments) {
            double mx = (seg[0] + seg[2]) / 2;
            double my = (seg[1] + seg[3]) / 2;
            assertFalse(mx > 40.5 && mx < 59.5 && my > 40.5 && my < 59.5, "no line crosses the hole");
            cut |= seg[0] + seg[1] == 100; // the line through the hole's centre is cut in two
        }
        assertTrue(cut);
        // lines 90, 100, 110 cross the hole and come in two pieces; 80 touches its corner and is split there
        assertEquals(19 + 3 + 1, s.segments.size());
    }
}
