package org.chaord.atlas.ui.table;

import org.chaord.atlas.model.StatusClass;

import java.util.function.Predicate;

/**
 * What the table keeps: a region (as the data name it), a group id, a class of the view shown, and free text found
 * in a name or the ISO3 code, accents and case ignored. Null or empty means "any".
 */
public record TableFilter(String region, String group, StatusClass status, String text) implements Predicate<TableLine> {

    public static final TableFilter ANY = new TableFilter(null, null, null, "");

    public TableFilter {
        text = text == null ? "" : text;
    }

    public TableFilter withRegion(String r) {
        return new TableFilter(r, group, status, text);
    }

    public TableFilter withGroup(String g) {
        return new TableFilter(region, g, status, text);
    }

    public TableFilter withStatus(StatusClass s) {
        return new TableFilter(region, group, s, text);
    }

    public TableFilter withText(String t) {
        return new TableFilter(region, group, status, t);
    }

    @Override
    public boolean test(TableLine line) {
        if (region != null && !region.equals(line.row().region())) {
            return false;
        }
        if (group != null && !line.row().groups().contains(group)) {
            return false;
        }
        if (status != null && status != line.viewClass()) {
            return false;
        }
        String folded = SearchText.fold(text);
        return folded.isEmpty() || line.searchText().contains(folded);
    }
}
