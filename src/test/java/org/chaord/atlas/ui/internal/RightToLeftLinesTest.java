package org.chaord.atlas.ui.internal;

import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Arabic legend lines are broken at spaces within their width, never losing or repeating a word. */
class RightToLeftLinesTest {

    private static final String TITLE = "اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية";

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static double width(String line, Font font) {
        Text t = new Text(line);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    @Test
    void aLongArabicTitleIsBrokenIntoLinesWithinTheWidthAndKeepsEveryWordOnce() {
        Font font = Font.font(13);
        String broken = RightToLeftLines.breakLines(TITLE, font, 12);
        String[] lines = broken.split("\n");
        assertTrue(lines.length >= 2, broken);
        assertEquals(TITLE, String.join(" ", lines), "the same words in the same order");
        for (String line : lines) {
            assertTrue(width(line, font) <= 12 * 13 || !line.contains(" "), "within 12 em: " + line);
        }
    }

    @Test
    void aShortLineAndAWordLongerThanTheWidthStayWhole() {
        Font font = Font.font(13);
        assertEquals("دولة طرف (نافذة)", RightToLeftLines.breakLines("دولة طرف (نافذة)", font, 20));
        assertEquals("السيبرانية", RightToLeftLines.breakLines("السيبرانية", font, 1));
        assertEquals("", RightToLeftLines.breakLines("", font, 20));
    }
}
