package org.chaord.atlas.export;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 14, reproductions 14, 15 and 19 at the level of one cell, one title and one id. */
class OutputTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "  =cmd|' /C calc'!A0"})
    void aCellASpreadsheetWouldRunIsNeutralised(String cell) {
        String safe = CsvCells.neutralise(cell);
        assertTrue(safe.startsWith("'"), safe);
        assertTrue(safe.chars().noneMatch(Character::isISOControl), "no control characters left");
    }

    @ParameterizedTest
    @ValueSource(strings = {"France", "Côte d'Ivoire", "2026-11-28", "1.5", "a=b", ""})
    void anOrdinaryCellIsWrittenAsIs(String cell) {
        assertEquals(cell, CsvCells.neutralise(cell));
    }

    @org.junit.jupiter.api.Test
    void controlCharactersLeaveTitlesAndNames() {
        assertEquals("Parties now", TextSanitizer.clean("Parties\u0001 now"));
        assertEquals("a b c", TextSanitizer.clean("a\tb\nc"));
        assertEquals("xy", TextSanitizer.clean("x\u007F\u0085y"));
        assertEquals("\uD83C\uDF0D world", TextSanitizer.clean("\uD83C\uDF0D world"), "a pair of surrogates is a letter");
        assertEquals("lone  high", TextSanitizer.clean("lone \uD800 high"));
        assertEquals("z", TextSanitizer.clean("\uFFFEz"));
        String arabic = "\u0627\u0644\u062F\u0648\u0644 \u200F";
        assertEquals(arabic, TextSanitizer.clean(arabic), "bidi marks stay");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"FRA|FRA", "\"><script>|&quot;&gt;&lt;script&gt;", "a'b&c|a&apos;b&amp;c"})
    void anIdIsEscapedForAnAttribute(String raw, String escaped) {
        assertEquals(escaped, TextSanitizer.xmlAttribute(raw));
    }
}
