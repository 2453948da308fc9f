package org.chaord.atlas.model;

import java.util.List;
import java.util.Map;

/** Any other CSV with an iso3 column: its columns are shown in the side panel under the dataset's name. */
public record IndicatorDataset(String name, List<String> columns, Map<String, List<String>> rowsByIso3) {

    public IndicatorDataset {
        columns = List.copyOf(columns);
        rowsByIso3 = Map.copyOf(rowsByIso3);
    }
}
