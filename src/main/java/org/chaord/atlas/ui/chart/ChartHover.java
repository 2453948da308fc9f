package org.chaord.atlas.ui.chart;

import org.chaord.atlas.model.ChartStep;
import org.chaord.atlas.model.PartiesSeries;
import org.chaord.atlas.model.StateChange;

import java.time.LocalDate;
import java.util.List;

/** What the chart says under the pointer: the day, each series' count on it, the states that moved that very day. */
public record ChartHover(LocalDate day, ChartStep step, List<StateChange> moved) {

    public ChartHover {
        moved = List.copyOf(moved);
    }

    public int count(PartiesSeries series) {
        return step.count(series);
    }
}
