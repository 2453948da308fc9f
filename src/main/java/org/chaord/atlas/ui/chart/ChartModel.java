package org.chaord.atlas.ui.chart;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import org.chaord.atlas.data.LoadResult;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.ChartStep;
import org.chaord.atlas.model.PartiesOverTime;
import org.chaord.atlas.model.TreatyId;
import org.chaord.atlas.model.View;
import org.chaord.atlas.ui.internal.UiThreads;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The chart pane's state: shown or not, the treaty charted (the view's only treaty, or the one chosen of a pair's
 * two), its parties over time from the treaty's adoption to today (as the {@code chart} command draws it), and what
 * the pointer is over. The chart is computed in the background when the data or the treaty change, and only while
 * the pane is shown: hidden, it does no work. It reads the shared state it is given and holds no view-model, so the
 * view-model can own it. FX thread only.
 */
public final class ChartModel {

    private final UiThreads threads;
    private final ObservableValue<LoadResult> data;
    private final ObservableValue<View> view;
    private final Supplier<LocalDate> today;
    private final LocalDate timelineStart;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown");
    private final ReadOnlyObjectWrapper<TreatyId> treaty = new ReadOnlyObjectWrapper<>(this, "treaty");
    private final ReadOnlyObjectWrapper<PartiesOverTime> chart = new ReadOnlyObjectWrapper<>(this, "chart");
    private final ReadOnlyObjectWrapper<ChartHover> hover = new ReadOnlyObjectWrapper<>(this, "hover");
    private long generation;
    private boolean stale = true;

    public ChartModel(UiThreads threads, ObservableValue<LoadResult> data, ObservableValue<View> view,
                      Supplier<LocalDate> today, LocalDate timelineStart) {
        this.threads = threads;
        this.data = data;
        this.view = view;
        this.today = today;
        this.timelineStart = timelineStart;
        data.addListener(x -> {
            pickTreaty();
            invalidate();
        });
        view.addListener(x -> pickTreaty());
        treaty.addListener(x -> invalidate());
        pickTreaty();
    }

    private Atlas atlas() {
        LoadResult r = data.getValue();
        return r == null ? null : r.atlas();
    }

    // ---- state ---------------------------------------------------------------------------------------------------

    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public boolean isShown() {
        return shown.get();
    }

    /** The treaty charted; null when the data have none the view names. */
    public ReadOnlyObjectProperty<TreatyId> treatyProperty() {
        return treaty.getReadOnlyProperty();
    }

    public TreatyId treaty() {
        return treaty.get();
    }

    /** The treaties of the view that can be charted: one for a treaty view, two for a pair, the frameworks' for "which framework". */
    public List<TreatyId> treaties() {
        Atlas atlas = atlas();
        View v = view.getValue();
        if (atlas == null || v == null) {
            return List.of();
        }
        return atlas.treatiesOf(v);
    }

    /** The chart on screen; null while hidden, before the data, or while it is being computed. */
    public ReadOnlyObjectProperty<PartiesOverTime> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    public PartiesOverTime chart() {
        return chart.get();
    }

    /** The step under the pointer, or null. */
    public ReadOnlyObjectProperty<ChartHover> hoverProperty() {
        return hover.getReadOnlyProperty();
    }

    public ChartHover hover() {
        return hover.get();
    }

    /** Where the chart of {@code id} starts: the treaty's adoption, at the earliest the timeline's start. */
    public LocalDate from(TreatyId id) {
        Atlas atlas = atlas();
        return PartiesOverTime.defaultFrom(atlas == null ? null : atlas.treaties().get(id), timelineStart);
    }

    public LocalDate to() {
        return today.get();
    }

    // ---- commands ------------------------------------------------------------------------------------------------

    /** Shows or hides the pane; shown, the chart is computed if it is not up to date. */
    public void setShown(boolean on) {
        shown.set(on);
        if (on && stale) {
            compute();
        }
        if (!on) {
            hover.set(null);
        }
    }

    public void toggleShown() {
        setShown(!isShown());
    }

    /** Charts another of the view's treaties; ignored for a treaty the view does not have. */
    public void chooseTreaty(TreatyId id) {
        if (id != null && treaties().contains(id)) {
            treaty.set(id);
        }
    }

    /**
     * The pointer is over {@code day}: the hover snaps to the nearest step within {@code snapDays} (a pixel spans
     * days, and a step is one day), else it reads the counts on that day.
     */
    public void hoverAt(LocalDate day, long snapDays) {
        PartiesOverTime c = chart.get();
        if (c == null || day == null) {
            hover.set(null);
            return;
        }
        LocalDate shownDay = nearestStep(c, day, snapDays);
        ChartStep step = c.stepOn(shownDay);
        hover.set(new ChartHover(shownDay, step, step.day().equals(shownDay) ? step.moved() : List.of()));
    }

    public void clearHover() {
        hover.set(null);
    }

    private static LocalDate nearestStep(PartiesOverTime c, LocalDate day, long snapDays) {
        Map.Entry<LocalDate, ChartStep> before = c.steps().floorEntry(day);
        Map.Entry<LocalDate, ChartStep> after = c.steps().ceilingEntry(day);
        LocalDate best = day;
        long bestDistance = snapDays + 1;
        for (Map.Entry<LocalDate, ChartStep> e : java.util.Arrays.asList(before, after)) {
            if (e != null && !e.getKey().equals(c.from())) { // the first step is the range's start, not a move
                long d = Math.abs(e.getKey().toEpochDay() - day.toEpochDay());
                if (d < bestDistance) {
                    best = e.getKey();
                    bestDistance = d;
                }
            }
        }
        return best;
    }

    private void pickTreaty() {
        List<TreatyId> ids = treaties();
        if (treaty.get() == null || !ids.contains(treaty.get())) {
            treaty.set(ids.isEmpty() ? null : ids.get(0));
        }
    }

    private void invalidate() {
        stale = true;
        generation++; // a computation under way is overtaken
        chart.set(null);
        hover.set(null);
        if (shown.get()) {
            compute();
        }
    }

    private void compute() {
        Atlas atlas = atlas();
        TreatyId id = treaty.get();
        if (atlas == null || id == null) {
            return;
        }
        stale = false;
        long mine = ++generation;
        LocalDate from = from(id);
        LocalDate to = to().isBefore(from) ? from : to();
        threads.background().execute(() -> {
            PartiesOverTime computed;
            try {
                computed = PartiesOverTime.of(atlas, id, from, to);
            } catch (RuntimeException e) { // no chart rather than a dead pane: showing it again tries again
                threads.fx().execute(() -> stale = stale || mine == generation);
                return;
            }
            threads.fx().execute(() -> {
                if (mine == generation && Objects.equals(id, treaty.get())) {
                    chart.set(computed);
                }
            });
        });
    }
}
