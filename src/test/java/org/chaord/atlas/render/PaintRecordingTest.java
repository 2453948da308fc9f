package org.chaord.atlas.render;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The kept start-up frame (ADR 0031): what is replayed is what was painted, and a damaged file is refused. */
class PaintRecordingTest {

    /** A map-like frame: background, a country with a hole, borders, a marker, a label, clipping. */
    private static final Consumer<PaintSurface> FRAME = s -> {
        s.clip(0, 0, 800, 500);
        s.fillRect(0, 0, 800, 500, 0xffdbe9f6);
        s.beginGroup("FRA");
        s.beginPath();
        s.moveTo(10.25, 20.5);
        s.lineTo(110.125, 20.5);
        s.lineTo(110.125, 90.75);
        s.closePath();
        s.moveTo(40, 40);
        s.lineTo(60, 40);
        s.lineTo(50, 60);
        s.closePath();
        s.fillPath(0xff2b8cbe);
        s.endGroup();
        s.beginPath();
        s.moveTo(10.25, 20.5);
        s.lineTo(110.125, 20.5);
        s.strokePath(0xff555555, 0.5);
        s.fillCircle(300, 200, 4, 0xffe34a33);
        s.strokeCircle(300, 200, 5, 0xff000000, 1);
        s.strokeRect(1, 2, 3, 4, 0xff111111, 2);
        s.text("France", 60, 60, 12, false, 0xff000000, TextAlign.CENTER);
        s.unclip();
    };

    @Test
    void replayPaintsTheShapesThatWerePaintedInTheirOrderAndLeavesOutTheText() {
        CallLog direct = new CallLog();
        FRAME.accept(direct);
        PaintRecording recording = new PaintRecording();
        FRAME.accept(recording);
        CallLog replayed = new CallLog();
        recording.replay(replayed);

        List<String> expected = new ArrayList<>(direct.calls);
        expected.removeIf(c -> c.startsWith("text"));
        assertEquals(expected, replayed.calls);
        assertTrue(direct.calls.stream().anyMatch(c -> c.startsWith("text")), "the frame had a label");
    }

    @Test
    void aWrittenRecordingReadsBackAsTheSameFrame() throws IOException {
        PaintRecording recording = new PaintRecording();
        FRAME.accept(recording);
        byte[] bytes = bytesOf(recording);

        PaintRecording read = PaintRecording.readFrom(new DataInputStream(new ByteArrayInputStream(bytes)));

        CallLog a = new CallLog();
        CallLog b = new CallLog();
        recording.replay(a);
        read.replay(b);
        assertEquals(a.calls, b.calls);
        assertArrayEquals(bytes, bytesOf(read));
    }

    @Test
    void aCutOrDamagedRecordingIsRefusedNotReplayed() throws IOException {
        PaintRecording recording = new PaintRecording();
        FRAME.accept(recording);
        byte[] bytes = bytesOf(recording);

        byte[] cut = Arrays.copyOf(bytes, bytes.length - 7);
        assertThrows(IOException.class, () -> read(cut));

        byte[] unknownOperation = bytes.clone();
        unknownOperation[12] = 99; // the first operation code follows the three counts
        assertThrows(IOException.class, () -> read(unknownOperation));

        byte[] moreNumbers = bytes.clone();
        moreNumbers[7] += 1; // the count of numbers no longer matches what the operations take
        assertThrows(IOException.class, () -> read(moreNumbers));

        ByteArrayOutputStream huge = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(huge);
        out.writeInt(Integer.MAX_VALUE);
        out.writeInt(0);
        out.writeInt(0);
        assertThrows(IOException.class, () -> read(huge.toByteArray()));
    }

    private static PaintRecording read(byte[] bytes) throws IOException {
        return PaintRecording.readFrom(new DataInputStream(new ByteArrayInputStream(bytes)));
    }

    private static byte[] bytesOf(PaintRecording recording) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        recording.writeTo(out);
        out.flush();
        return bytes.toByteArray();
    }

    /** Every call, its numbers to 1/100 px (the recording keeps floats). */
    private static final class CallLog implements PaintSurface {
        final List<String> calls = new ArrayList<>();

        private void log(String name, double... v) {
            StringBuilder b = new StringBuilder(name);
            for (double d : v) {
                b.append(' ').append(String.format(Locale.ROOT, "%.2f", d));
            }
            calls.add(b.toString());
        }

        @Override public void beginPath() { log("begin"); }
        @Override public void moveTo(double x, double y) { log("move", x, y); }
        @Override public void lineTo(double x, double y) { log("line", x, y); }
        @Override public void closePath() { log("close"); }
        @Override public void fillPath(int argb) { log("fill " + Integer.toHexString(argb)); }
        @Override public void strokePath(int argb, double width) { log("stroke " + Integer.toHexString(argb), width); }
        @Override public void fillRect(double x, double y, double w, double h, int argb) {
            log("fillRect " + Integer.toHexString(argb), x, y, w, h);
        }
        @Override public void strokeRect(double x, double y, double w, double h, int argb, double width) {
            log("strokeRect " + Integer.toHexString(argb), x, y, w, h, width);
        }
        @Override public void fillCircle(double cx, double cy, double r, int argb) {
            log("fillCircle " + Integer.toHexString(argb), cx, cy, r);
        }
        @Override public void strokeCircle(double cx, double cy, double r, int argb, double width) {
            log("strokeCircle " + Integer.toHexString(argb), cx, cy, r, width);
        }
        @Override public void text(String text, double x, double y, double size, boolean bold, int argb, TextAlign a) {
            log("text " + text, x, y);
        }
        @Override public double textWidth(String text, double size, boolean bold) { return text.length() * size; }
        @Override public void clip(double x, double y, double w, double h) { log("clip", x, y, w, h); }
        @Override public void unclip() { log("unclip"); }
    }
}
