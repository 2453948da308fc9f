package org.chaord.atlas.ui.table;

import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.model.TreatyStatus;

/**
 * A status's date as the table shows it: the source's own precision ("5 Dec 2016", "Dec 2016", "by 1 Mar 2020"),
 * approximate dates after "≈", a computed entry into force after "*"; empty without a status.
 */
final class TableDates {

    static final String APPROXIMATE = "\u2248 ";
    static final String COMPUTED = " *";

    private TableDates() {
    }

    static String text(Texts t, TreatyStatus s) {
        if (s.since() == null) {
            return "";
        }
        if (s.computed()) {
            return t.date(s.since()) + COMPUTED;
        }
        if (s.approximate()) {
            return APPROXIMATE + (s.event() != null && s.event().isApproximate() ? t.eventDate(s.event()) : t.date(s.since()));
        }
        return t.date(s.since());
    }
}
