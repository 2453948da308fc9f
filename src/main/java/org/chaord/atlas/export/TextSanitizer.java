package org.chaord.atlas.export;

/**
 * Makes text from users and data files safe to write into SVG, PDF and CSV: control characters (which XML 1.0
 * forbids, so one U+0001 in a title makes a malformed SVG) are dropped, line breaks and tabs become spaces, and
 * what XML cannot hold at all (U+FFFE, U+FFFF, a lone surrogate) is dropped. Letters, marks and the bidi controls
 * that Arabic needs are kept.
 */
public final class TextSanitizer {

    private TextSanitizer() {
    }

    /** The text without control characters; null stays null. */
    public static String clean(String text) {
        if (text == null || isClean(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                out.append(' ');
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (allowed(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Cleaned, then escaped for an XML attribute value in single or double quotes. */
    public static String xmlAttribute(String text) {
        String clean = clean(text);
        if (clean == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(clean.length() + 8);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!allowed(c) || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allowed(char c) {
        return !Character.isISOControl(c) && !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
    }
}
