package org.chaord.atlas.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PartialDateTest {

    @Test
    void parsesDayMonthAndYearPrecision() {
        PartialDate day = PartialDate.parse("2016-12-05");
        assertEquals(DatePrecision.DAY, day.precision());
        assertEquals(LocalDate.of(2016, 12, 5), day.effectiveDate());
        assertEquals(LocalDate.of(2016, 12, 5), day.earliestDate());
        assertEquals("2016-12-05", day.toString());

        PartialDate month = PartialDate.parse("2016-12");
        assertEquals(DatePrecision.MONTH, month.precision());
        assertEquals(LocalDate.of(2016, 12, 31), month.effectiveDate());
        assertEquals(LocalDate.of(2016, 12, 1), month.earliestDate());
        assertEquals("2016-12", month.toString());

        PartialDate year = PartialDate.parse("2016");
        assertEquals(DatePrecision.YEAR, year.precision());
        assertEquals(LocalDate.of(2016, 12, 31), year.effectiveDate());
        assertEquals(LocalDate.of(2016, 1, 1), year.earliestDate());
        assertEquals("2016", year.toString());
    }

    @Test
    void monthPrecisionUsesTheMonthsRealLastDay() {
        assertEquals(LocalDate.of(2016, 2, 29), PartialDate.parse("2016-02").effectiveDate());
        assertEquals(LocalDate.of(2015, 2, 28), PartialDate.parse("2015-02").effectiveDate());
        assertEquals(LocalDate.of(2016, 4, 30), PartialDate.parse("2016-04").effectiveDate());
    }

    @Test
    void surroundingSpacesAreTolerated() {
        assertEquals(PartialDate.parse("2016-12-05"), PartialDate.parse("  2016-12-05 "));
    }

    @Test
    void comparesByEffectiveDate() {
        assertTrue(PartialDate.parse("2016-12-30").compareTo(PartialDate.parse("2016-12")) < 0);
        assertTrue(PartialDate.parse("2016").compareTo(PartialDate.parse("2016-11")) > 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2016-13-01", "2016-02-30", "2015-02-29", "2016-13", "2016-00", "2016-01-00"})
    void impossibleDatesAreRejectedNamingTheText(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(text));
        assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
        assertTrue(e.getMessage().contains("not a real date"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"16-01-01", "2016/01/01", "01-01-2016", "2016-1-1", "", "yesterday", "2016-12-05T00:00"})
    void malformedTextIsRejectedWithTheExpectedFormats(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(text));
        assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
        assertTrue(e.getMessage().contains("YYYY-MM-DD, YYYY-MM or YYYY"), e.getMessage());
    }
}
