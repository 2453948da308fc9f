package org.chaord.atlas.model;

import java.time.LocalDate;

/**
 * A state's status under one treaty on one day. {@code since} is the day the status began (null for NONE);
 * {@code approximate} when that day rests on a month, a year or a source's "as of"; {@code computed} when it is an
 * entry into force worked out by the treaty's rule rather than stated by a source; {@code event} is the decisive row.
 */
public record TreatyStatus(StatusClass statusClass, LocalDate since, boolean approximate, boolean computed,
                           StatusEvent event) {

    public static final TreatyStatus NONE = new TreatyStatus(StatusClass.NONE, null, false, false, null);
    public static final TreatyStatus NOT_IN_OWN_RIGHT =
            new TreatyStatus(StatusClass.NOT_IN_OWN_RIGHT, null, false, false, null);
}
