package org.chaord.atlas.ui;

import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ObservableList;
import org.chaord.atlas.data.LoadProblem;
import org.chaord.atlas.data.LoadResult;
import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.View;
import org.chaord.atlas.render.Direction;
import org.chaord.atlas.render.MapFrame;
import org.chaord.atlas.render.MapScene;
import org.chaord.atlas.render.ProjectedWorld;
import org.chaord.atlas.render.RegionPreset;
import org.chaord.atlas.ui.chart.ChartModel;
import org.chaord.atlas.ui.compare.CompareModel;
import org.chaord.atlas.ui.internal.UiThreads;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The main window's state and what can be done with it. Its properties are read-only outward and change only
 * through its commands; it never touches a control. From the inputs it derives, once per frame, the
 * {@link MapScene} the window shows: the map paints it, and the legend, overlay and status line show its words.
 * Its parts are reached through accessors: {@link #looks()}, {@link #days()}, {@link #worlds()}, {@link #marks()},
 * {@link #extent()} and {@link #loading()} (loading and reprojection run in the background). FX thread only.
 */
public final class AtlasViewModel {

    /** The Budapest Convention opened for signature: the timeline's first day. */
    public static final LocalDate TIMELINE_START = LocalDate.of(2001, 11, 23);

    private final LoadedData data = new LoadedData(this);
    private final MapWorlds worlds = new MapWorlds(this);
    private final ShownView view = new ShownView(this);
    private final TimelineDays days;
    private final Looks looks = new Looks();
    private final MapMarks marks = new MapMarks();
    private final MapExtent extent = new MapExtent();
    private final SceneFeed scene;
    private final AtlasLoading loading;
    private final ChartModel chart;
    private final CompareModel compare = new CompareModel();

    /** A view-model that loads through {@code source} (null: data only arrives through {@link #showLoaded}). */
    public AtlasViewModel(UiThreads threads, DataService source, Supplier<LocalDate> today) {
        this.scene = new SceneFeed(this, threads);
        this.days = new TimelineDays(this, TIMELINE_START, today);
        this.loading = new AtlasLoading(this, threads, source, data, worlds);
        this.chart = new ChartModel(threads, data.property(), view.property(), this::today, TIMELINE_START);
        List<Observable> inputs = new ArrayList<>(List.of(data.property(), worlds.detailProperty(), view.property(),
                days.property(), extent.viewportProperty()));
        inputs.addAll(looks.sceneInputs());
        inputs.addAll(marks.observables());
        inputs.addAll(compare.observables());
        inputs.forEach(o -> o.addListener(x -> scene.invalidate()));
        worlds.worldProperty().addListener((o, old, w) -> {
            extent.showWorld(w == null ? null : w.bounds());
            scene.invalidate();
        });
        data.property().addListener(x -> view.keepKnown(atlas())); // a view whose treaty the new data lack goes
        looks.projectionProperty().addListener(x -> loading.reproject()); // the old map stays until the new one is ready
    }

    // ---- state ---------------------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<LoadResult> dataProperty() {
        return data.property();
    }

    /** The projected worlds, 1:50m and (once loaded) 1:10m, and which of them a viewport draws. */
    public MapWorlds worlds() {
        return worlds;
    }

    public ReadOnlyObjectProperty<View> viewProperty() {
        return view.property();
    }

    public ReadOnlyObjectProperty<LocalDate> dateProperty() {
        return days.property();
    }

    public ReadOnlyObjectProperty<Texts> textsProperty() {
        return looks.textsProperty();
    }

    /** The projection, the palette, the language, the dark interface and the country names. */
    public Looks looks() {
        return looks;
    }

    /** The selection and the outlines on the map. */
    public MapMarks marks() {
        return marks;
    }

    /** Every data problem found so far, {@code file:line:column: message} (unmodifiable). */
    public ObservableList<LoadProblem> problems() {
        return data.problems();
    }

    /** The parties-over-time chart pane's state (View → Chart). */
    public ChartModel chart() {
        return chart;
    }

    /** The part of the world the map shows. */
    public MapExtent extent() {
        return extent;
    }

    /** The scene the window shows, composed once per frame from the state above; null before the first one. */
    public ReadOnlyObjectProperty<MapScene> sceneProperty() {
        return scene.sceneProperty();
    }

    public MapScene scene() {
        return scene.scene();
    }

    public Atlas atlas() {
        return data.atlas();
    }

    public ProjectedWorld world() {
        return worlds.world();
    }

    public View view() {
        return view.get();
    }

    /** The views offered: the loaded data's, or the bundled four and their pair before loading. */
    public List<View> views() {
        return ViewChoices.offered(atlas());
    }

    public LocalDate date() {
        return days.date();
    }

    public Texts texts() {
        return looks.texts();
    }

    public String selected() {
        return marks.selected();
    }

    /** What the map shows now, as a figure would show it (no title of its own; in compare mode, the change map). */
    public MapFrame frame() {
        return new MapFrame(view.get(), date(), looks.palette(), looks.texts(), "", "", looks.isLabels(),
                compare.since());
    }

    /** Compare mode: the From date and the changes from it to the timeline's day. */
    public CompareModel compare() {
        return compare;
    }

    public LocalDate today() {
        return days.today();
    }

    /** The moves along the timeline: to the view's next or previous change, by whole years. */
    public TimelineDays days() {
        return days;
    }

    // ---- commands ------------------------------------------------------------------------------------------------

    /** Shows a view; refused (the view stays) when null or naming a treaty the loaded data lack. */
    public void setView(View v) {
        view.set(v, atlas());
    }

    /** Number key {@code n} (1–9): the n-th of {@link ViewChoices#byKey}; nothing when there are fewer views. */
    public void setViewByKey(int n) {
        view.setByKey(n, atlas());
    }

    /** Moves to a day, clamped into the timeline. */
    public void setDate(LocalDate day) {
        days.set(day);
    }

    /**
     * Moves the selection to the neighbouring country in a direction (arrow keys on the map); with nothing selected,
     * selects the country under the middle of the map, else the largest one in sight.
     */
    public void moveSelection(Direction d) {
        KeyboardSelection.move(marks, world(), extent.viewport(), d);
    }

    /** Selects a country (null: none). */
    public void select(String iso3) {
        marks.select(iso3);
    }

    /** Selects a country and zooms to it so that it fills about a third of the map. */
    public void showCountry(String iso3) {
        select(iso3);
        if (world() != null && world().shape(iso3) != null) {
            extent.fitAround(world().shape(iso3).envelope());
        }
    }

    /** Shows a named region (the whole world, a continent). */
    public void showRegion(RegionPreset region) {
        if (world() != null) {
            extent.fit(region.projected(world().projection()));
        }
    }

    /** Loading, reloading, the 1:10m map and added datasets, in the background. */
    public AtlasLoading loading() {
        return loading;
    }

    /** Shows loaded data and its projected map; problems found while loading join the list. */
    public void showLoaded(LoadResult result, ProjectedWorld projected) {
        data.show(result);
        worlds.showWorld(projected);
    }

    // ---- the derived scene ---------------------------------------------------------------------------------------

    /** Publishes a scene that waits for the next frame now (the map does so while it is laid out, so it never lags). */
    public void publishPendingScene() {
        scene.publishPending();
    }

    /** Composes the scene from the current state at once, instead of at the next frame (a full redraw). */
    public void composeNow() {
        scene.composeNow();
    }
}
