package org.chaord.atlas.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import org.chaord.atlas.data.LoadProblem;
import org.chaord.atlas.data.LoadResult;
import org.chaord.atlas.geo.MapProjection;
import org.chaord.atlas.geo.ProjectionKind;
import org.chaord.atlas.render.ProjectedWorld;
import org.chaord.atlas.ui.internal.UiThreads;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Loading, reprojecting and adding datasets for the view-model: the work runs on the background executor, the results come back on
 * the FX thread, and a result that has been overtaken (the projection changed again meanwhile) is dropped.
 */
public final class AtlasLoading {

    private final AtlasViewModel vm;
    private final UiThreads threads;
    private final DataService source;
    private final LoadedData data;
    private final MapWorlds worlds;

    AtlasLoading(AtlasViewModel vm, UiThreads threads, DataService source, LoadedData data, MapWorlds worlds) {
        this.vm = vm;
        this.threads = threads;
        this.source = source;
        this.data = data;
        this.worlds = worlds;
    }

    /** The data folder the atlas is read from (null when data only arrive through {@link AtlasViewModel#showLoaded}). */
    public Path dataDir() {
        return source == null ? null : source.location().dataDir();
    }

    /** Reads the data folder and the map again (File → Reload). */
    public void reload() {
        if (source != null) {
            ProjectionKind kind = vm.looks().projection();
            load(CompletableFuture.supplyAsync(() -> source.load(kind), threads.background()));
        }
    }

    /** Shows the result of a load started elsewhere (before the toolkit); reprojects if the projection changed since. */
    public void load(CompletableFuture<DataService.Loaded> loading) {
        loading.whenComplete((loaded, error) -> threads.fx().execute(() -> {
            if (error != null) {
                String where = source == null ? "data" : source.location().dataDir().toString();
                data.report(List.of(new LoadProblem(where, 0, 0, "cannot load: " + error)));
                return;
            }
            vm.showLoaded(loaded.result(), loaded.world());
            if (loaded.projection() != vm.looks().projection()) {
                reproject();
            }
        }));
    }

    /** Reads an indicator dataset (a CSV with an iso3 column) into the atlas; its problems join the list. */
    public void addDataset(Path csv) {
        data.addInBackground(csv, threads);
    }

    /** True while a dataset is being read in the background (the window shows progress). */
    public ReadOnlyBooleanProperty readingDatasetProperty() {
        return data.readingProperty();
    }

    /** Loads the 1:10m world in the background (the app calls it after the first shaded frame); it replaces any older one. */
    public void loadDetail() {
        if (source == null) {
            return;
        }
        ProjectionKind kind = vm.looks().projection();
        ProjectedWorld coarse = worlds.world();
        CompletableFuture.supplyAsync(() -> {
            if (coarse != null) {
                coarse.prepareHitTests(); // here, not on the first hover
            }
            return source.loadDetail(kind);
        }, threads.background())
                .thenAccept(detail -> threads.fx().execute(() -> {
                    if (detail != null && vm.looks().projection() == kind) {
                        worlds.showDetail(detail);
                    }
                }));
    }

    void reproject() {
        LoadResult result = vm.dataProperty().get();
        if (result == null) {
            return;
        }
        ProjectionKind kind = vm.looks().projection();
        CompletableFuture.supplyAsync(() -> ProjectedWorld.build(result.shapes(), MapProjection.of(kind)),
                threads.background()).thenAccept(world -> threads.fx().execute(() -> {
                    if (vm.looks().projection() == kind) {
                        worlds.showWorld(world);
                        if (worlds.detail() != null) {
                            loadDetail(); // the old projection's detail is dropped with it
                        }
                    }
                }));
    }
}
