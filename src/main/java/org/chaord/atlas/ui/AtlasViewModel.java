package org.chaord.atlas.ui;

import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import org.chaord.atlas.data.LoadProblem;
import org.chaord.atlas.data.LoadResult;
import org.chaord.atlas.geo.ProjectionKind;
import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.View;
import org.chaord.atlas.render.Direction;
import org.chaord.atlas.render.MapFrame;
import org.chaord.atlas.render.MapScene;
import org.chaord.atlas.render.Palette;
import org.chaord.atlas.render.ProjectedWorld;
import org.chaord.atlas.render.RegionPreset;
import org.chaord.atlas.render.Viewport;
import org.chaord.atlas.ui.chart.ChartModel;
import org.chaord.atlas.ui.internal.UiThreads;

import java.nio.file.Path;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The main window's state and what can be done with it. Its properties are read-only outward and change only
 * through its commands; it never touches a control. From the inputs it derives, once per frame, the
 * {@link MapScene} the window shows: the map paints it, and the legend, overlay and status line show its words.
 * Loading and reprojection run in the background ({@link AtlasLoading}). FX thread only.
 */
public final class AtlasViewModel {

    /** The Budapest Convention opened for signature: the timeline's first day. */
    public static final LocalDate TIMELINE_START = LocalDate.of(2001, 11, 23);

    private final LoadedData data = new LoadedData(this);
    private final MapWorlds worlds = new MapWorlds(this);
    private final ShownView view = new ShownView(this);
    private final TimelineDays days;
    private final ReadOnlyObjectWrapper<ProjectionKind> projection =
            new ReadOnlyObjectWrapper<>(this, "projection", ProjectionKind.EQUAL_EARTH);
    private final ReadOnlyObjectWrapper<Palette> palette = new ReadOnlyObjectWrapper<>(this, "palette", Palette.DEFAULT);
    private final ReadOnlyObjectWrapper<Texts> texts =
            new ReadOnlyObjectWrapper<>(this, "texts", new Texts(Locale.ENGLISH));
    private final ReadOnlyBooleanWrapper darkInterface = new ReadOnlyBooleanWrapper(this, "darkInterface");
    private final ReadOnlyBooleanWrapper labels = new ReadOnlyBooleanWrapper(this, "labels");
    private final UiThreads threads;
    private final MapMarks marks = new MapMarks();
    private final MapExtent extent = new MapExtent();
    private final SceneFeed scene;
    private final AtlasLoading loading;
    private final ChartModel chart;

    /** A view-model that loads through {@code source} (null: data only arrives through {@link #showLoaded}). */
    public AtlasViewModel(UiThreads threads, DataService source, Supplier<LocalDate> today) {
        this.threads = threads;
        this.scene = new SceneFeed(this, threads);
        this.days = new TimelineDays(this, TIMELINE_START, today);
        this.loading = new AtlasLoading(this, threads, source);
        this.chart = new ChartModel(threads, data.property(), view.property(), this::today, TIMELINE_START);
        List<Observable> inputs = new ArrayList<>(List.of(data.property(), worlds.detailProperty(), view.property(), days.property(), palette, texts,
                labels, extent.viewportProperty()));
        inputs.addAll(marks.observables());
        inputs.forEach(o -> o.addListener(x -> scene.invalidate()));
        worlds.worldProperty().addListener((o, old, w) -> {
            extent.showWorld(w == null ? null : w.bounds());
            scene.invalidate();
        });
    }

    // ---- state ---------------------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<LoadResult> dataProperty() {
        return data.property();
    }

    public ReadOnlyObjectProperty<ProjectedWorld> worldProperty() {
        return worlds.worldProperty();
    }

    /** The 1:10m world, once loaded in the background (null before, and for a map without a detail file). */
    public ReadOnlyObjectProperty<ProjectedWorld> detailWorldProperty() {
        return worlds.detailProperty();
    }

    public ProjectedWorld detailWorld() {
        return worlds.detail();
    }

    /**
     * The world the map draws at this viewport: 1:10m from a region preset's zoom on (the visible part at most half
     * the world's width), else 1:50m. Hit tests follow, as they use the painted scene's world.
     */
    public ProjectedWorld drawnWorld(Viewport v) {
        return worlds.drawn(v);
    }

    /** Starts reading the 1:10m map in the background (the app calls it after the first shaded frame). */
    public void loadDetail() {
        loading.loadDetail();
    }

    void showDetail(ProjectedWorld detail) {
        worlds.showDetail(detail);
    }

    public ReadOnlyObjectProperty<View> viewProperty() {
        return view.property();
    }

    public ReadOnlyObjectProperty<LocalDate> dateProperty() {
        return days.property();
    }

    public ReadOnlyObjectProperty<ProjectionKind> projectionProperty() {
        return projection.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Palette> paletteProperty() {
        return palette.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Texts> textsProperty() {
        return texts.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty darkInterfaceProperty() {
        return darkInterface.getReadOnlyProperty();
    }

    /** Country names on the map (View → Labels, key L). */
    public ReadOnlyBooleanProperty labelsProperty() {
        return labels.getReadOnlyProperty();
    }

    public boolean isLabels() {
        return labels.get();
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
        return texts.get();
    }

    public String selected() {
        return marks.selected();
    }

    /** What the map shows now, as a figure would show it (no title of its own). */
    public MapFrame frame() {
        return new MapFrame(view.get(), date(), palette.get(), texts.get(), "", "", labels.get());
    }

    public LocalDate today() {
        return days.today();
    }

    /** Clamp a date into the timeline's range. */
    public LocalDate clamp(LocalDate day) {
        return days.clamp(day);
    }

    /** The next day after the current one on which the current view changes, or null. */
    public LocalDate nextChange() {
        return days.change(atlas(), view.get(), true);
    }

    /** The last day before the current one on which the current view changed, or null. */
    public LocalDate previousChange() {
        return days.change(atlas(), view.get(), false);
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

    /** Steps to the next (or previous) day on which the current view changes; stays when there is none. */
    public void stepEvent(boolean forward) {
        setDate(forward ? nextChange() : previousChange());
    }

    /** Moves the date by whole years (negative: back), clamped. */
    public void moveYears(int years) {
        setDate(date().plusYears(years));
    }

    public void setPalette(Palette p) {
        palette.set(p == null ? Palette.DEFAULT : p);
    }

    /** Speaks another language (the window is built again in it). */
    public void setTexts(Texts t) {
        texts.set(t);
    }

    public void setDarkInterface(boolean dark) {
        darkInterface.set(dark);
    }

    public void setLabels(boolean on) {
        labels.set(on);
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

    /** Projects the map anew in another projection, in the background; the old map stays until the new one is ready. */
    public void setProjection(ProjectionKind kind) {
        if (kind != null && kind != projection.get()) {
            projection.set(kind);
            loading.reproject();
        }
    }

    /** Shows loaded data and its projected map; problems found while loading join the list. */
    public void showLoaded(LoadResult result, ProjectedWorld projected) {
        data.show(result);
        view.keepKnown(atlas());
        worlds.showWorld(projected);
    }

    /** The data folder the atlas is read from (null when data only arrive through {@link #showLoaded}). */
    public Path dataDir() {
        return loading.dataDir();
    }

    /** Reads the data folder and the map again (File → Reload). */
    public void reload() {
        loading.reload();
    }

    /** Shows the result of a load started elsewhere (before the toolkit); reprojects if the projection changed since. */
    public void load(CompletableFuture<DataService.Loaded> started) {
        loading.receive(started);
    }

    /** Reads an indicator dataset (a CSV with an iso3 column) into the atlas; its problems join the list. */
    public void addDataset(Path csv) {
        data.addInBackground(csv, threads, () -> view.keepKnown(atlas()));
    }

    /** True while a dataset is being read in the background (the window shows progress). */
    public ReadOnlyBooleanProperty readingDatasetProperty() {
        return data.readingProperty();
    }

    void showProjected(ProjectedWorld projected) {
        worlds.showWorld(projected);
    }

    void reportProblems(List<LoadProblem> found) {
        data.report(found);
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
