package org.chaord.atlas.data.depositary;

import java.util.List;

/** One row of a status table as cells of text, with where it is in its file: a line number ("12") or an element ("Row 7"). */
record CellRow(String where, List<String> cells) {

    CellRow {
        cells = cells.stream().map(ParticipantNames::spaces).toList();
    }

    /** Where one cell is: "12:3" (line 12, third cell) or "Row 7, Entry 3". */
    String at(int index) {
        return where.chars().allMatch(Character::isDigit) ? where + ":" + (index + 1) : where + ", Entry " + (index + 1);
    }

    String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    long filled() {
        return cells.stream().filter(c -> !c.isEmpty()).count();
    }

    String text() {
        return String.join(" ", cells.stream().filter(c -> !c.isEmpty()).toList());
    }
}
