package org.chaord.atlas.ui.timeline;

import org.chaord.atlas.i18n.Languages;
import org.chaord.atlas.i18n.Texts;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What a user types in the timeline's date field, in any of the six languages. */
class DateFieldConverterTest {

    private static final LocalDate DAY = LocalDate.of(2004, 7, 1);

    @Test
    void isoDatesAreReadInEveryLanguage() {
        for (Locale l : Languages.SUPPORTED) {
            assertEquals(DAY, new DateFieldConverter(new Texts(l)).fromString(" 2004-07-01 "), l.toString());
        }
    }

    @Test
    void whatTheFieldShowsItReadsBack() {
        for (Locale l : Languages.SUPPORTED) {
            DateFieldConverter c = new DateFieldConverter(new Texts(l));
            String shown = c.toString(DAY);
            assertFalse(shown.matches(".*[\\u200e\\u200f\\u061c].*"), "no bidi marks: " + l);
            assertEquals(DAY, c.fromString(shown), l + ": " + shown);
        }
    }

    @Test
    void unreadableTextGivesNoDate() {
        DateFieldConverter c = new DateFieldConverter(new Texts(Locale.ENGLISH));
        assertNull(c.fromString("next tuesday"));
        assertNull(c.fromString("2004-13-01"));
        assertNull(c.fromString(""));
    }
}
