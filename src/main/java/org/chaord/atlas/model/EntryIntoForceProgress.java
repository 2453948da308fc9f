package org.chaord.atlas.model;

import java.time.LocalDate;

/**
 * How far a treaty is from entry into force on a day: instruments counted (states only), instruments needed, and the
 * day of entry into force once enough are counted (null before).
 */
public record EntryIntoForceProgress(int instruments, int needed, LocalDate entryIntoForce) {

    public boolean isReached() {
        return entryIntoForce != null;
    }
}
