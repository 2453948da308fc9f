package org.chaord.atlas.model;

import java.time.LocalDate;

/**
 * One row of treaties.csv. Dates that do not apply (yet) are null. {@code terms} is the machine-readable
 * entry-into-force clause ({@code entryIntoForceRule} the clause in words); {@code parent} the treaty whose Parties
 * alone may join (a protocol), or null.
 */
public record Treaty(TreatyId id, String shortName, String fullName, String depositary, LocalDate adopted,
                     LocalDate openedForSignature, LocalDate closesForSignature, int instrumentsForEntryIntoForce,
                     String entryIntoForceRule, LocalDate enteredIntoForce, String url, EntryIntoForceTerms terms,
                     TreatyId parent, TreatyFamily family) {

    /** A treaty that is not a protocol of another: the UN Convention, Budapest, the regional conventions. */
    public boolean isFramework() {
        return parent == null;
    }
}
