package org.chaord.atlas.data;

/**
 * Tells a Windows-1252 text file (a spreadsheet's "CSV") from a UTF-8 file with a few damaged bytes. It is
 * Windows-1252 when it holds no valid UTF-8 multi-byte sequence at all, every byte above 0x7F is defined in
 * Windows-1252, and each such byte reads as text would: a letter next to another letter (Côte, Curaçao, Türkiye) or
 * a punctuation mark or symbol (’ – € ©). A lone byte between a comma and a line end is damage, not a word.
 */
final class Windows1252Guess {

    /** The characters of bytes 0x80–0xFF in Windows-1252 (undefined bytes read as U+FFFD). */
    private static final String HIGH_HALF;

    static {
        byte[] high = new byte[128];
        for (int i = 0; i < 128; i++) {
            high[i] = (byte) (0x80 + i);
        }
        HIGH_HALF = new String(high, TextLines.WINDOWS_1252);
    }

    private Windows1252Guess() {
    }

    /** The offset of the first non-ASCII byte when the bytes read as Windows-1252 text, else -1. */
    static int firstWindows1252Text(byte[] bytes, int start) {
        int first = -1;
        for (int i = start; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                continue;
            }
            if (utf8SequenceLength(bytes, i) > 1 || !definedIn1252(b)) {
                return -1;
            }
            char c = HIGH_HALF.charAt(b - 0x80);
            if (Character.isLetter(c) && !isLetterByte(bytes, i - 1, start) && !isLetterByte(bytes, i + 1, start)) {
                return -1;
            }
            if (Character.isISOControl(c)) {
                return -1;
            }
            if (first < 0) {
                first = i;
            }
        }
        return first;
    }

    private static boolean isLetterByte(byte[] bytes, int i, int start) {
        if (i < start || i >= bytes.length) {
            return false;
        }
        int b = bytes[i] & 0xFF;
        return b >= 0x80 || Character.isLetter((char) b);
    }

    private static boolean definedIn1252(int b) {
        return b != 0x81 && b != 0x8D && b != 0x8F && b != 0x90 && b != 0x9D;
    }

    /** The length of a valid UTF-8 multi-byte sequence starting at {@code i}, else 0. */
    private static int utf8SequenceLength(byte[] bytes, int i) {
        int b = bytes[i] & 0xFF;
        int length = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
        if (length == 0 || i + length > bytes.length) {
            return 0;
        }
        for (int k = 1; k < length; k++) {
            if ((bytes[i + k] & 0xC0) != 0x80) {
                return 0;
            }
        }
        return length;
    }
}
