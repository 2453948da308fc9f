package org.chaord.atlas.data;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The line of a map file on which a feature's iso3 is given, looked up only when a problem must name it. */
final class MapFeatureLines {

    private MapFeatureLines() {
    }

    /** The 1-based line of {@code "iso3": "<code>"} in the file, or 0 when it cannot be found. */
    static long lineOf(Path mapFile, String iso3) {
        try {
            String text = new String(SafeRead.bytes(mapFile), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("\"iso3\"\\s*:\\s*\"" + Pattern.quote(iso3) + "\"").matcher(text);
            if (!m.find()) {
                return 0;
            }
            long line = 1;
            for (int k = 0; k < m.start(); k++) {
                line += text.charAt(k) == '\n' ? 1 : 0;
            }
            return line;
        } catch (SafeRead.RefusedFile e) {
            return 0;
        }
    }
}
