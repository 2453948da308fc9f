package org.chaord.atlas.model;

import java.time.LocalDate;

/**
 * A treaty's entry-into-force clause as data: it enters into force by {@code rule}/{@code period} from the deposit
 * of the {@code instruments}-th counted instrument, and for an instrument deposited later by
 * {@code laterRule}/{@code laterPeriod} from that deposit, or on the treaty's own entry into force, whichever is
 * later. {@code organisationsCount}: whether a regional organisation's instrument (the EU's) counts toward the n.
 */
public record EntryIntoForceTerms(int instruments, EntryIntoForceRule rule, int period, EntryIntoForceRule laterRule,
                                  int laterPeriod, boolean organisationsCount) {

    public EntryIntoForceTerms {
        if (instruments < 0 || period < 0 || laterPeriod < 0) {
            throw new IllegalArgumentException("instruments and periods cannot be negative");
        }
    }

    /** The treaty's own entry into force, given the day of the last instrument needed. */
    public LocalDate forTreaty(LocalDate decisiveDeposit) {
        return rule.apply(decisiveDeposit, period);
    }

    /** For one state: its own date by the later rule, never before the treaty itself; null while it is not in force. */
    public LocalDate forState(LocalDate deposit, LocalDate treatyInForce) {
        if (treatyInForce == null) {
            return null;
        }
        LocalDate own = laterRule.apply(deposit, laterPeriod);
        return own.isAfter(treatyInForce) ? own : treatyInForce;
    }
}
