package org.chaord.atlas.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One day on which a treaty's chart moves: the count of each series from that day on, and the states and
 * organisations whose class changed that day (from the previous step), by ISO3 code.
 */
public record ChartStep(LocalDate day, Map<PartiesSeries, Integer> counts, List<StateChange> moved) {

    public ChartStep {
        counts = Map.copyOf(counts);
        moved = List.copyOf(moved);
    }

    public int count(PartiesSeries series) {
        return counts.getOrDefault(series, 0);
    }
}
