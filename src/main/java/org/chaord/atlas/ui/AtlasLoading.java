package org.chaord.atlas.ui;

import org.chaord.atlas.data.LoadProblem;
import org.chaord.atlas.data.LoadResult;
import org.chaord.atlas.geo.MapProjection;
import org.chaord.atlas.geo.ProjectionKind;
import org.chaord.atlas.render.ProjectedWorld;
import org.chaord.atlas.ui.internal.UiThreads;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Loading and reprojecting for the view-model: the work runs on the background executor, the results come back on
 * the FX thread, and a result that has been overtaken (the projection changed again meanwhile) is dropped.
 */
final class AtlasLoading {

    private final AtlasViewModel vm;
    private final UiThreads threads;
    private final DataService source;

    AtlasLoading(AtlasViewModel vm, UiThreads threads, DataService source) {
        this.vm = vm;
        this.threads = threads;
        this.source = source;
    }

    /** The data folder loads read (null when the view-model has no source). */
    java.nio.file.Path dataDir() {
        return source == null ? null : source.location().dataDir();
    }

    void reload() {
        if (source != null) {
            ProjectionKind kind = vm.projectionProperty().get();
            receive(CompletableFuture.supplyAsync(() -> source.load(kind), threads.background()));
        }
    }

    void receive(CompletableFuture<DataService.Loaded> loading) {
        loading.whenComplete((loaded, error) -> threads.fx().execute(() -> {
            if (error != null) {
                String where = source == null ? "data" : source.location().dataDir().toString();
                vm.reportProblems(List.of(new LoadProblem(where, 0, 0, "cannot load: " + error)));
                return;
            }
            vm.showLoaded(loaded.result(), loaded.world());
            if (loaded.projection() != vm.projectionProperty().get()) {
                reproject();
            }
        }));
    }

    /** Loads the 1:10m world in the background (after the first shaded frame); it replaces any older one. */
    void loadDetail() {
        if (source == null) {
            return;
        }
        ProjectionKind kind = vm.projectionProperty().get();
        ProjectedWorld coarse = vm.world();
        CompletableFuture.supplyAsync(() -> {
            if (coarse != null) {
                coarse.prepareHitTests(); // here, not on the first hover
            }
            return source.loadDetail(kind);
        }, threads.background())
                .thenAccept(detail -> threads.fx().execute(() -> {
                    if (detail != null && vm.projectionProperty().get() == kind) {
                        vm.showDetail(detail);
                    }
                }));
    }

    void reproject() {
        LoadResult result = vm.dataProperty().get();
        if (result == null) {
            return;
        }
        ProjectionKind kind = vm.projectionProperty().get();
        CompletableFuture.supplyAsync(() -> ProjectedWorld.build(result.shapes(), MapProjection.of(kind)),
                threads.background()).thenAccept(world -> threads.fx().execute(() -> {
                    if (vm.projectionProperty().get() == kind) {
                        vm.showProjected(world);
                        if (vm.detailWorld() != null) {
                            loadDetail(); // the old projection's detail is dropped with it
                        }
                    }
                }));
    }
}
