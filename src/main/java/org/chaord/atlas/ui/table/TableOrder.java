package org.chaord.atlas.ui.table;

import org.chaord.atlas.model.TreatyId;
import org.chaord.atlas.model.TreatyStatus;

import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;

/**
 * How each column sorts: names and words by the language's collation (so "Égypte" sorts with the E's), a status in
 * engagement order (party, ratified, signed, invited, observer, denounced, no action: the legend's order), a date as
 * a date (the day the status began; rows without one last), ties by name.
 */
public final class TableOrder {

    private TableOrder() {
    }

    public static Comparator<String> words(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.SECONDARY);
        return collator::compare;
    }

    public static Comparator<TableLine> byName(Locale locale) {
        return Comparator.comparing(TableLine::name, words(locale)).thenComparing(TableLine::iso3);
    }

    /** The view's class, in legend order (the enum lists every legend most engaged first). */
    public static Comparator<TableLine> byViewClass() {
        return Comparator.comparing(TableLine::viewClass);
    }

    public static Comparator<TableLine> byStatus(TreatyId treaty) {
        return Comparator.comparing(line -> line.status(treaty), statuses());
    }

    public static Comparator<TableLine> byDate(TreatyId treaty) {
        return Comparator.comparing(line -> line.status(treaty), dates());
    }

    /** A status column's order: engagement order. */
    public static Comparator<TreatyStatus> statuses() {
        return Comparator.comparing(TreatyStatus::statusClass);
    }

    /** A date column's order: the day the status began, none last. */
    public static Comparator<TreatyStatus> dates() {
        return Comparator.comparing(TreatyStatus::since, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()));
    }
}
