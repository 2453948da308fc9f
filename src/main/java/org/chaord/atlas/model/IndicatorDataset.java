package org.chaord.atlas.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Any other CSV with an iso3 column: its columns are shown in the side panel under the dataset's name. A dataset
 * whose iso3 repeats with a year or date column is a panel: one row per country and date, found with
 * {@link #rowOn}; {@code rowsByIso3} then holds each country's latest row.
 *
 * @param dateColumn the index of the year or date column of a panel, -1 for one row per country
 * @param panel      a panel's rows per country, in date order (empty when not a panel)
 */
public record IndicatorDataset(String name, List<String> columns, Map<String, List<String>> rowsByIso3,
                               int dateColumn, Map<String, List<IndicatorRow>> panel) {

    public IndicatorDataset {
        columns = List.copyOf(columns);
        rowsByIso3 = Map.copyOf(rowsByIso3);
        Map<String, List<IndicatorRow>> sorted = new LinkedHashMap<>();
        panel.forEach((iso3, rows) -> sorted.put(iso3, rows.stream()
                .sorted(Comparator.comparing(r -> r.date().earliestDate())).toList()));
        panel = java.util.Collections.unmodifiableMap(sorted);
    }

    /** One row per country. */
    public IndicatorDataset(String name, List<String> columns, Map<String, List<String>> rowsByIso3) {
        this(name, columns, rowsByIso3, -1, Map.of());
    }

    /** A panel; {@code rowsByIso3} is each country's latest row. */
    public static IndicatorDataset panel(String name, List<String> columns, int dateColumn,
                                         Map<String, List<IndicatorRow>> panel) {
        Map<String, List<String>> latest = new LinkedHashMap<>();
        panel.forEach((iso3, rows) -> rows.stream().max(Comparator.comparing(r -> r.date().earliestDate()))
                .ifPresent(r -> latest.put(iso3, r.values())));
        return new IndicatorDataset(name, columns, latest, dateColumn, panel);
    }

    public boolean isPanel() {
        return dateColumn >= 0;
    }

    /**
     * The row to show for a country on a day: for a panel, the row of the latest date that has begun by then (a
     * year's row from its 1 January), null before the first; otherwise the country's one row.
     */
    public List<String> rowOn(String iso3, LocalDate day) {
        if (!isPanel()) {
            return rowsByIso3.get(iso3);
        }
        List<String> found = null;
        for (IndicatorRow row : panel.getOrDefault(iso3, List.of())) {
            if (row.date().earliestDate().isAfter(day)) {
                break;
            }
            found = row.values();
        }
        return found;
    }
}
