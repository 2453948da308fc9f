package org.chaord.atlas.model;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The treaties' entry-into-force clauses as date arithmetic. */
public final class EntryIntoForceRules {

    /** UNCC art. 65(1): the ninetieth day after the fortieth instrument. */
    public static final int UNCC_DAYS_AFTER_FORTIETH = 90;
    /** UNCC art. 65(2): the thirtieth day after a later instrument. */
    public static final int UNCC_DAYS_AFTER_LATER_DEPOSIT = 30;

    private EntryIntoForceRules() {
    }

    /**
     * Council of Europe rule: "the first day of the month following the expiration of a period of three months after
     * the date of deposit". A deposit on 18 March gives 1 July; one on 1 April gives 1 August.
     */
    public static LocalDate councilOfEurope(LocalDate deposit) {
        return deposit.plusMonths(3).with(TemporalAdjusters.firstDayOfNextMonth());
    }

    /** For one state: its own date by the rule, but never before the treaty itself is in force. */
    public static LocalDate forState(TreatyId treaty, LocalDate deposit, LocalDate treatyInForce) {
        LocalDate own = treaty.isCouncilOfEurope() ? councilOfEurope(deposit)
                : deposit.plusDays(UNCC_DAYS_AFTER_LATER_DEPOSIT);
        if (treatyInForce == null) {
            return null;
        }
        return own.isAfter(treatyInForce) ? own : treatyInForce;
    }

    /** The treaty's own entry into force, given the day of the last instrument needed. */
    public static LocalDate forTreaty(TreatyId treaty, LocalDate decisiveDeposit) {
        return treaty.isCouncilOfEurope() ? councilOfEurope(decisiveDeposit)
                : decisiveDeposit.plusDays(UNCC_DAYS_AFTER_FORTIETH);
    }
}
