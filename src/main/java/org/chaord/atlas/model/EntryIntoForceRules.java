package org.chaord.atlas.model;

import java.time.LocalDate;

/** Named instances of the entry-into-force arithmetic, for code and tests that speak of a known clause. */
public final class EntryIntoForceRules {

    private EntryIntoForceRules() {
    }

    /**
     * Council of Europe rule: "the first day of the month following the expiration of a period of three months after
     * the date of deposit". A deposit on 18 March gives 1 July; one on 1 April gives 1 August.
     */
    public static LocalDate councilOfEurope(LocalDate deposit) {
        return EntryIntoForceRule.FIRST_OF_MONTH_AFTER_MONTHS.apply(deposit, 3);
    }
}
