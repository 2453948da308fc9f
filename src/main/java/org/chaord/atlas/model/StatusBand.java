package org.chaord.atlas.model;

import java.time.LocalDate;
import java.util.Objects;

/** A stretch of days [from, to] on which a state's class under a treaty stays the same (both days included). */
public record StatusBand(LocalDate from, LocalDate to, StatusClass statusClass) {

    public StatusBand {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(statusClass, "statusClass");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a band from " + from + " to " + to + " runs backwards");
        }
    }
}
