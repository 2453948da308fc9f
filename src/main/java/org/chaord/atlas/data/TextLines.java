package org.chaord.atlas.data;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A text file's lines, decoded one line at a time so that a byte that is not UTF-8 costs only its line (reported
 * with line and column) instead of the rest of the file. A file that is not UTF-8 at all but reads as Windows-1252
 * text (what a spreadsheet saves) is read as Windows-1252 with one warning; one that starts with a UTF-16 byte
 * order mark is read as UTF-16. See ADR 0009.
 *
 * @param lines   the lines without their line ends; index 0 is line 1
 * @param damaged the indexes of lines that held bytes that could not be decoded (already reported)
 */
record TextLines(List<String> lines, BitSet damaged) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    static TextLines decode(byte[] bytes, String file, List<LoadProblem> problems) {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        } else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            problems.add(new LoadProblem(file, 1, 1, "the file is UTF-16, not UTF-8: read as UTF-16"));
            return split(new String(bytes, StandardCharsets.UTF_16), new BitSet());
        }
        try {
            CharBuffer all = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
            return split(all.toString(), new BitSet());
        } catch (CharacterCodingException e) {
            // some line is not UTF-8: decide per file (Windows-1252?) and then per line
        }
        int firstHigh = Windows1252Guess.firstWindows1252Text(bytes, start);
        if (firstHigh >= 0) {
            String text = new String(bytes, start, bytes.length - start, WINDOWS_1252);
            long line = 1 + count(bytes, start, firstHigh);
            int column = new String(bytes, lineStart(bytes, start, firstHigh), firstHigh - lineStart(bytes, start, firstHigh),
                    WINDOWS_1252).length() + 1;
            problems.add(new LoadProblem(file, line, column, "the file is not UTF-8: read as Windows-1252 (as a "
                    + "spreadsheet saves it), e.g. '" + text.lines().skip(line - 1).findFirst().orElse("").strip()
                    + "'; save it as UTF-8 to be sure every character is read as meant"));
            return split(text, new BitSet());
        }
        return byLine(bytes, start, file, problems);
    }

    private static TextLines byLine(byte[] bytes, int start, String file, List<LoadProblem> problems) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<String> lines = new ArrayList<>();
        BitSet damaged = new BitSet();
        int from = start;
        while (from < bytes.length) {
            int end = from;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            int stop = end > from && bytes[end - 1] == '\r' ? end - 1 : end;
            ByteBuffer in = ByteBuffer.wrap(bytes, from, stop - from);
            CharBuffer out = CharBuffer.allocate(stop - from + 1);
            strict.reset();
            CoderResult result = strict.decode(in, out, true);
            if (result.isError()) {
                int bad = bytes[in.position()] & 0xFF;
                problems.add(new LoadProblem(file, lines.size() + 1, out.position() + 1, String.format(
                        "byte 0x%02X is not UTF-8: the row on this line is skipped", bad)));
                damaged.set(lines.size());
                lines.add(new String(bytes, from, stop - from, StandardCharsets.UTF_8));
            } else {
                strict.flush(out);
                out.flip();
                lines.add(out.toString());
            }
            from = end + 1;
        }
        return new TextLines(lines, damaged);
    }

    private static TextLines split(String text, BitSet damaged) {
        List<String> lines = new ArrayList<>();
        int from = 0;
        int n = text.length();
        while (from < n) {
            int end = text.indexOf('\n', from);
            if (end < 0) {
                end = n;
            }
            int stop = end > from && text.charAt(end - 1) == '\r' ? end - 1 : end;
            lines.add(text.substring(from, stop));
            from = end + 1;
        }
        return new TextLines(lines, damaged);
    }

    private static long count(byte[] bytes, int from, int to) {
        long n = 0;
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n') {
                n++;
            }
        }
        return n;
    }

    private static int lineStart(byte[] bytes, int start, int at) {
        int i = at;
        while (i > start && bytes[i - 1] != '\n') {
            i--;
        }
        return i;
    }
}
