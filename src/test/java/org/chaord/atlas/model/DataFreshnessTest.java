package org.chaord.atlas.model;

import org.junit.jupiter.api.Test;

import static org.chaord.atlas.model.Fixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Past the as-of date nothing is known; more than 60 days after it the data are stale. */
class DataFreshnessTest {

    private final DataFreshness data = new DataFreshness(d("2026-08-02"));

    @Test
    void aDayAfterTheAsOfIsBeyondTheData() {
        assertFalse(data.isBeyondAsOf(d("2026-08-02")));
        assertTrue(data.isBeyondAsOf(d("2026-08-03")));
        assertEquals(d("2026-08-02"), data.knownStatusDay(d("2026-11-28")));
        assertEquals(d("2026-07-01"), data.knownStatusDay(d("2026-07-01")));
    }

    @Test
    void staleAfterSixtyDays() {
        assertEquals(60, data.ageInDays(d("2026-10-01")));
        assertFalse(data.isStale(d("2026-10-01")));
        assertTrue(data.isStale(d("2026-10-02")));
        assertFalse(data.isStale(d("2026-01-01")), "an as-of in the future is not stale");
        assertEquals(0, data.ageInDays(d("2026-01-01")));
    }

    @Test
    void anUnknownAsOfClaimsNothing() {
        DataFreshness unknown = new DataFreshness(null);
        assertFalse(unknown.isBeyondAsOf(d("2030-01-01")));
        assertFalse(unknown.isStale(d("2030-01-01")));
        assertEquals(d("2030-01-01"), unknown.knownStatusDay(d("2030-01-01")));
    }
}
