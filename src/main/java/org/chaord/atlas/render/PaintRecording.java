package org.chaord.atlas.render;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * A {@link PaintSurface} that keeps the shapes painted on it, to paint them again on another surface: the map's
 * last frame, replayed at the next start before the data is read (ADR 0031). Text is not kept (it needs the fonts,
 * which the first frame is shown without), nor are groups. Coordinates are kept as floats: a replay lands within
 * 1/100 px of the original at any window size.
 */
public final class PaintRecording implements PaintSurface {

    /** A frame with more operations than this is not a map's frame: refused when read. */
    static final int MAX_OPS = 4_000_000;

    private static final byte BEGIN = 1;
    private static final byte MOVE = 2;
    private static final byte LINE = 3;
    private static final byte CLOSE = 4;
    private static final byte FILL_PATH = 5;
    private static final byte STROKE_PATH = 6;
    private static final byte FILL_RECT = 7;
    private static final byte STROKE_RECT = 8;
    private static final byte FILL_CIRCLE = 9;
    private static final byte STROKE_CIRCLE = 10;
    private static final byte CLIP = 11;
    private static final byte UNCLIP = 12;

    private byte[] ops = new byte[1024];
    private float[] numbers = new float[4096];
    private int[] colours = new int[256];
    private int opCount;
    private int numberCount;
    private int colourCount;

    /** How many operations were kept. */
    public int size() {
        return opCount;
    }

    /** Paints every kept operation, in order, on another surface. */
    public void replay(PaintSurface s) {
        int n = 0;
        int c = 0;
        for (int i = 0; i < opCount; i++) {
            float[] v = numbers;
            switch (ops[i]) {
                case BEGIN -> s.beginPath();
                case MOVE -> { s.moveTo(v[n], v[n + 1]); n += 2; }
                case LINE -> { s.lineTo(v[n], v[n + 1]); n += 2; }
                case CLOSE -> s.closePath();
                case FILL_PATH -> s.fillPath(colours[c++]);
                case STROKE_PATH -> s.strokePath(colours[c++], v[n++]);
                case FILL_RECT -> { s.fillRect(v[n], v[n + 1], v[n + 2], v[n + 3], colours[c++]); n += 4; }
                case STROKE_RECT -> { s.strokeRect(v[n], v[n + 1], v[n + 2], v[n + 3], colours[c++], v[n + 4]); n += 5; }
                case FILL_CIRCLE -> { s.fillCircle(v[n], v[n + 1], v[n + 2], colours[c++]); n += 3; }
                case STROKE_CIRCLE -> { s.strokeCircle(v[n], v[n + 1], v[n + 2], colours[c++], v[n + 3]); n += 4; }
                case CLIP -> { s.clip(v[n], v[n + 1], v[n + 2], v[n + 3]); n += 4; }
                case UNCLIP -> s.unclip();
                default -> throw new IllegalStateException("operation " + ops[i]);
            }
        }
    }

    /** Writes the operations (the reader checks every count against what follows). */
    public void writeTo(DataOutputStream out) throws IOException {
        out.writeInt(opCount);
        out.writeInt(numberCount);
        out.writeInt(colourCount);
        out.write(ops, 0, opCount);
        for (int i = 0; i < numberCount; i++) {
            out.writeFloat(numbers[i]);
        }
        for (int i = 0; i < colourCount; i++) {
            out.writeInt(colours[i]);
        }
    }

    /**
     * Reads what {@link #writeTo} wrote. A damaged or foreign stream gives an {@link IOException}, never a recording
     * that would replay past its numbers or colours.
     */
    public static PaintRecording readFrom(DataInputStream in) throws IOException {
        int opCount = in.readInt();
        int numberCount = in.readInt();
        int colourCount = in.readInt();
        if (opCount < 0 || opCount > MAX_OPS || numberCount < 0 || numberCount > 5L * MAX_OPS
                || colourCount < 0 || colourCount > opCount) {
            throw new IOException("not a map frame: " + opCount + " operations");
        }
        PaintRecording r = new PaintRecording();
        r.ops = in.readNBytes(opCount);
        if (r.ops.length != opCount) {
            throw new IOException("the frame ends early");
        }
        r.numbers = new float[numberCount];
        for (int i = 0; i < numberCount; i++) {
            r.numbers[i] = in.readFloat();
        }
        r.colours = new int[colourCount];
        for (int i = 0; i < colourCount; i++) {
            r.colours[i] = in.readInt();
        }
        r.opCount = opCount;
        r.numberCount = numberCount;
        r.colourCount = colourCount;
        r.checkCounts();
        return r;
    }

    /** The numbers and colours the operations take are exactly those kept. */
    private void checkCounts() throws IOException {
        long n = 0;
        long c = 0;
        for (int i = 0; i < opCount; i++) {
            switch (ops[i]) {
                case BEGIN, CLOSE, UNCLIP -> { }
                case MOVE, LINE -> n += 2;
                case FILL_PATH -> c++;
                case STROKE_PATH -> { n += 1; c++; }
                case FILL_RECT, CLIP -> { n += 4; c += ops[i] == FILL_RECT ? 1 : 0; }
                case STROKE_RECT -> { n += 5; c++; }
                case FILL_CIRCLE -> { n += 3; c++; }
                case STROKE_CIRCLE -> { n += 4; c++; }
                default -> throw new IOException("not a map frame: operation " + ops[i]);
            }
        }
        if (n != numberCount || c != colourCount) {
            throw new IOException("not a map frame: its operations and numbers disagree");
        }
    }

    @Override
    public void beginPath() {
        op(BEGIN);
    }

    @Override
    public void moveTo(double x, double y) {
        op(MOVE);
        numbers(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        op(LINE);
        numbers(x, y);
    }

    @Override
    public void closePath() {
        op(CLOSE);
    }

    @Override
    public void fillPath(int argb) {
        op(FILL_PATH);
        colour(argb);
    }

    @Override
    public void strokePath(int argb, double width) {
        op(STROKE_PATH);
        numbers(width);
        colour(argb);
    }

    @Override
    public void fillRect(double x, double y, double w, double h, int argb) {
        op(FILL_RECT);
        numbers(x, y, w, h);
        colour(argb);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, int argb, double width) {
        op(STROKE_RECT);
        numbers(x, y, w, h, width);
        colour(argb);
    }

    @Override
    public void fillCircle(double cx, double cy, double r, int argb) {
        op(FILL_CIRCLE);
        numbers(cx, cy, r);
        colour(argb);
    }

    @Override
    public void strokeCircle(double cx, double cy, double r, int argb, double width) {
        op(STROKE_CIRCLE);
        numbers(cx, cy, r, width);
        colour(argb);
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, int argb, TextAlign align) {
        // not kept: the first frame is shown before the fonts are loaded
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        return 0.6 * size * text.length(); // a rough width: label placement needs one, the labels are not kept
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        op(CLIP);
        numbers(x, y, w, h);
    }

    @Override
    public void unclip() {
        op(UNCLIP);
    }

    private void op(byte op) {
        if (opCount == ops.length) {
            ops = Arrays.copyOf(ops, ops.length * 2);
        }
        ops[opCount++] = op;
    }

    private void numbers(double... values) {
        if (numberCount + values.length > numbers.length) {
            numbers = Arrays.copyOf(numbers, Math.max(numbers.length * 2, numberCount + values.length));
        }
        for (double v : values) {
            numbers[numberCount++] = (float) v;
        }
    }

    private void colour(int argb) {
        if (colourCount == colours.length) {
            colours = Arrays.copyOf(colours, colours.length * 2);
        }
        colours[colourCount++] = argb;
    }
}
