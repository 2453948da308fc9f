package org.chaord.atlas.data;

import java.util.ArrayList;
import java.util.List;

/**
 * One pass over a GeoJSON text before it is parsed: bare {@code NaN} and {@code Infinity} (written by some tools,
 * but not JSON) become {@code 1e999}, which parses as an infinite number that the feature's own check then reports,
 * so one bad coordinate costs its feature rather than the whole map; and the offset of each element of the
 * top-level {@code features} array is noted so that problems can name the feature's line. Line ends are kept, so
 * line numbers in the rewritten text are those of the file.
 */
final class GeoJsonText {

    private static final String INFINITE = "1e999";

    final String text;
    /** The 1-based line on which each element of the {@code features} array starts. */
    final List<Long> featureLines;

    private GeoJsonText(String text, List<Long> featureLines) {
        this.text = text;
        this.featureLines = featureLines;
    }

    static GeoJsonText scan(String json) {
        StringBuilder out = new StringBuilder(json.length() + 16);
        List<Long> features = new ArrayList<>();
        long line = 1;
        int depth = 0;
        int featuresDepth = -1;
        String lastString = null;
        String keyAtDepth1 = null;
        int n = json.length();
        for (int i = 0; i < n; i++) {
            char c = json.charAt(i);
            if (c == '"') {
                int end = stringEnd(json, i);
                for (int k = i; k < end; k++) {
                    line += json.charAt(k) == '\n' ? 1 : 0;
                }
                lastString = json.substring(i + 1, Math.max(i + 1, end - 1));
                out.append(json, i, end);
                i = end - 1;
                continue;
            }
            switch (c) {
                case ':' -> {
                    if (depth == 1) {
                        keyAtDepth1 = lastString;
                    }
                }
                case '{', '[' -> {
                    if (depth == featuresDepth && c == '{') {
                        features.add(line);
                    }
                    depth++;
                    if (c == '[' && depth == 2 && "features".equals(keyAtDepth1) && featuresDepth < 0) {
                        featuresDepth = 2;
                    }
                }
                case '}', ']' -> depth--;
                case '\n' -> line++;
                default -> {
                    String word = c == 'N' || c == 'I' || c == '-' || c == '+' ? nonFinite(json, i) : null;
                    if (word != null) {
                        out.append(INFINITE);
                        i += word.length() - 1;
                        continue;
                    }
                }
            }
            out.append(c);
        }
        return new GeoJsonText(out.toString(), features);
    }

    /** The line and column, in the file, of an offset in the rewritten text (for JSON syntax errors). */
    long[] lineAndColumn(int offset) {
        int at = Math.max(0, Math.min(offset, text.length()));
        long line = 1;
        int lineStart = 0;
        for (int k = 0; k < at; k++) {
            if (text.charAt(k) == '\n') {
                line++;
                lineStart = k + 1;
            }
        }
        return new long[] {line, at - lineStart + 1};
    }

    private static String nonFinite(String json, int i) {
        for (String word : new String[] {"-Infinity", "+Infinity", "Infinity", "NaN", "-NaN"}) {
            if (json.startsWith(word, i) && (i + word.length() == json.length()
                    || !Character.isLetterOrDigit(json.charAt(i + word.length())))) {
                return word;
            }
        }
        return null;
    }

    /** The offset just past the string starting at {@code start} (its closing quote), or the text's end. */
    private static int stringEnd(String json, int start) {
        for (int k = start + 1; k < json.length(); k++) {
            char c = json.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == '"') {
                return k + 1;
            }
        }
        return json.length();
    }
}
