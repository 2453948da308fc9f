package org.chaord.atlas.render;

import org.chaord.atlas.i18n.Texts;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartAxisTest {

    @Test
    void countScalesEndOnARoundNumberAtOrAboveTheMaximum() {
        assertEquals(100, ChartAxis.niceTop(83));
        assertEquals(80, ChartAxis.niceTop(75));
        assertEquals(3, ChartAxis.niceTop(3), "small counts tick every 1");
        assertEquals(1, ChartAxis.niceTop(0));
        assertEquals(List.of("0", "20", "40", "60", "80", "100"),
                ChartAxis.countTicks(100).stream().map(ChartAxis.Tick::label).toList());
    }

    @Test
    void longRangesTickYearsShortOnesMonthsInTheLanguage() {
        Texts en = new Texts(Locale.ENGLISH);
        List<ChartAxis.Tick> years = ChartAxis.dateTicks(LocalDate.of(2001, 11, 23), LocalDate.of(2026, 11, 28), 12, en);
        assertEquals(List.of("2005", "2010", "2015", "2020", "2025"), years.stream().map(ChartAxis.Tick::label).toList());
        List<ChartAxis.Tick> months = ChartAxis.dateTicks(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 3, 31), 12,
                new Texts(Locale.FRENCH));
        assertEquals(6, months.size());
        assertTrue(months.get(0).label().startsWith("oct"), months.get(0).label());
        assertEquals(LocalDate.of(2025, 10, 1).toEpochDay(), (long) months.get(0).value());
    }
}
