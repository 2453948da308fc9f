package org.chaord.atlas.model;

import java.time.LocalDate;

/** One row of groups.csv: a state's membership of a group such as the EU or BRICS. {@code left} may be null. */
public record GroupMembership(String group, String iso3, PartialDate joined, PartialDate left, String source) {

    /** Member on that day, as far as the dates tell (a member from the day joining is certain). */
    public boolean isMemberOn(LocalDate day) {
        boolean joinedBy = joined == null || !joined.effectiveDate().isAfter(day);
        boolean notLeft = left == null || left.effectiveDate().isAfter(day);
        return joinedBy && notLeft;
    }
}
