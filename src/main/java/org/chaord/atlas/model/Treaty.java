package org.chaord.atlas.model;

import java.time.LocalDate;

/** One row of treaties.csv. Dates that do not apply (yet) are null. */
public record Treaty(TreatyId id, String shortName, String fullName, String depositary, LocalDate adopted,
                     LocalDate openedForSignature, LocalDate closesForSignature, int instrumentsForEntryIntoForce,
                     String entryIntoForceRule, LocalDate enteredIntoForce, String url) {
}
