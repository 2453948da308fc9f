package org.chaord.atlas.ui.table;

import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.StateTable;
import org.chaord.atlas.model.StateTableRow;
import org.chaord.atlas.model.StatusClass;
import org.chaord.atlas.model.Treaty;
import org.chaord.atlas.model.TreatyId;
import org.chaord.atlas.model.View;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Builds the table's lines and columns for a view on a day, in the table's language. */
final class TableLines {

    private TableLines() {
    }

    /**
     * The treaties with a status and a date column: the view's own (one, or the pair compared); for "which framework
     * binds whom" every framework treaty (those without a parent), whose statuses make the class.
     */
    static List<TreatyId> treaties(Atlas atlas, View view) {
        return switch (view.kind()) {
            case TREATY -> List.of(view.treaty());
            case PAIR -> List.of(view.treaty(), view.second());
            case FRAMEWORKS -> atlas.treaties().values().stream().filter(Treaty::isFramework).map(Treaty::id).toList();
        };
    }

    /** Every state and organisation acting in its own right, sorted by name in the table's language. */
    static List<TableLine> build(Atlas atlas, View view, LocalDate day, Texts texts) {
        Map<String, StatusClass> classes = atlas.classesOn(view, day);
        return StateTable.rows(atlas, day).stream()
                .map(row -> line(row, classes.getOrDefault(row.iso3(), StatusClass.NONE), texts))
                .sorted(TableOrder.byName(texts.locale())).toList();
    }

    private static TableLine line(StateTableRow row, StatusClass viewClass, Texts texts) {
        String name = texts.countryName(row.iso3(), row.name());
        String search = SearchText.fold(name + " " + row.name() + " " + row.iso3());
        return new TableLine(row, name, regionName(texts, row.region()),
                row.groups().stream().map(texts::groupName).toList(), viewClass, search);
    }

    /** A region of countries.csv in the table's language; a region the messages do not know keeps its data name. */
    static String regionName(Texts texts, String region) {
        if (region == null || region.isEmpty()) {
            return "";
        }
        String key = "table.region." + region;
        String word = texts.get(key);
        return word.equals(key) ? region : word;
    }
}
