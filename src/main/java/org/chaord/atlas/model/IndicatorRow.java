package org.chaord.atlas.model;

import java.util.List;

/** One row of a panel dataset: the date it is for (as precise as the file gives it) and its values. */
public record IndicatorRow(PartialDate date, List<String> values) {

    public IndicatorRow {
        values = List.copyOf(values);
    }
}
