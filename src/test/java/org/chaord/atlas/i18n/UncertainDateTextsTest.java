package org.chaord.atlas.i18n;

import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.model.EventType;
import org.chaord.atlas.model.StatusEvent;
import org.chaord.atlas.model.TreatyId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** "between Apr 2008 and Jul 2017" and "status as of …; later events are not in the data", in every language. */
class UncertainDateTextsTest {

    private static final LocalDate NOT_BEFORE = LocalDate.of(2008, 4, 10);
    private static final LocalDate KNOWN_BY = LocalDate.of(2017, 7, 15);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en | between Apr 2008 and Jul 2017",
            "fr | entre avr. 2008 et juil. 2017",
            "es | entre abr 2008 y jul 2017",
            "ru | между апр. 2008 и июль 2017",
            "zh | 4月 2008至7月 2017之间",
            "ar | بين أبريل 2008 ويوليو 2017",
    })
    void anUndatedEventWithABoundReadsAsAnInterval(String language, String expected) {
        Texts t = new Texts(Locale.forLanguageTag(language));
        StatusEvent e = new StatusEvent("FRA", TreatyId.UNCC, EventType.SIGNED, null, KNOWN_BY, "s", "", NOT_BEFORE);
        assertEquals(expected, t.eventDate(e));
    }

    @Test
    void boundsInOneMonthAreShownAsDays() {
        assertEquals("between Apr 3, 2008 and Apr 20, 2008",
                new Texts(Locale.ENGLISH).between(LocalDate.of(2008, 4, 3), LocalDate.of(2008, 4, 20)));
    }

    @Test
    void withoutABoundTheEventIsStillKnownBy() {
        StatusEvent e = new StatusEvent("FRA", TreatyId.UNCC, EventType.SIGNED, null, KNOWN_BY, "s", "");
        assertEquals("by Jul 15, 2017", new Texts(Locale.ENGLISH).eventDate(e));
    }

    @Test
    void theAsOfNoticesSayWhatTheDataCannotShow() {
        Texts en = new Texts(Locale.ENGLISH);
        assertEquals("Status as of Aug 2, 2026; later events are not in the data", en.beyondAsOf(LocalDate.of(2026, 8, 2)));
        assertEquals("The data are 118 days old (as of Aug 2, 2026). Update them from a depositary file?",
                en.staleData(118, LocalDate.of(2026, 8, 2)));
        assertEquals("Situation au 2 août 2026 ; les événements postérieurs ne figurent pas dans les données",
                new Texts(Locale.FRENCH).beyondAsOf(LocalDate.of(2026, 8, 2)));
    }
}
