package org.chaord.atlas.ui.table;

import org.chaord.atlas.model.StateTableRow;
import org.chaord.atlas.model.StatusClass;
import org.chaord.atlas.model.TreatyId;
import org.chaord.atlas.model.TreatyStatus;

import java.util.List;

/**
 * One line of the table of every state on the table's day: the model's row, the words shown for it in the table's
 * language, the class the map gives it in the view shown (what the status filter and the legend count), and the
 * folded text the free-text filter searches (names in English and in the table's language, ISO3).
 */
public record TableLine(StateTableRow row, String name, String regionName, List<String> groupNames,
                        StatusClass viewClass, String searchText) {

    public TableLine {
        groupNames = List.copyOf(groupNames);
    }

    public String iso3() {
        return row.iso3();
    }

    public TreatyStatus status(TreatyId treaty) {
        return row.status(treaty);
    }

    /** The groups as one cell: "EU · G20". */
    public String groupsText() {
        return String.join(" \u00b7 ", groupNames);
    }
}
