package org.chaord.atlas.ui;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.render.MapScene;
import org.chaord.atlas.render.ProjectedWorld;
import org.chaord.atlas.render.SceneComposer;
import org.chaord.atlas.render.SceneRequest;
import org.chaord.atlas.render.Viewport;
import org.chaord.atlas.ui.internal.UiThreads;

/**
 * The scene derived from the view-model's state: a change asks for one composition at the next frame, however many
 * changes the frame sees; the scene is then composed from the state as it is by then. FX thread only.
 */
final class SceneFeed {

    private final AtlasViewModel vm;
    private final UiThreads threads;
    private final ReadOnlyObjectWrapper<MapScene> scene;
    private final Runnable compose = this::composeNow;

    SceneFeed(AtlasViewModel vm, UiThreads threads) {
        this.vm = vm;
        this.threads = threads;
        this.scene = new ReadOnlyObjectWrapper<>(vm, "scene");
    }

    ReadOnlyObjectProperty<MapScene> sceneProperty() {
        return scene.getReadOnlyProperty();
    }

    MapScene scene() {
        return scene.get();
    }

    /** An input changed: compose at the next frame. */
    void invalidate() {
        threads.frames().request(compose);
    }

    void publishPending() {
        threads.frames().runPending();
    }

    void composeNow() {
        Atlas atlas = vm.atlas();
        ProjectedWorld w = vm.world();
        Viewport v = vm.extent().viewport();
        if (atlas == null || w == null || v == null) {
            return;
        }
        SceneRequest req = new SceneRequest(vm.frame(), v, vm.marks().highlights());
        // the screen's finer levels (ADR 0027 §8), for the change map too (its model remembers the scene it returns)
        int level = ProjectedWorld.screenLevelFor(v.scale());
        scene.set(req.frame().since() != null ? vm.compare().compose(atlas, vm.worlds().drawn(v), req, 1.0, level).scene()
                : SceneComposer.compose(atlas, vm.worlds().drawn(v), req, 1.0).withLevel(level));
    }
}
