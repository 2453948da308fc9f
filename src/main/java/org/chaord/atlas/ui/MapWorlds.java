package org.chaord.atlas.ui;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.chaord.atlas.render.ProjectedWorld;
import org.chaord.atlas.render.Viewport;

/**
 * The view-model's two projected worlds, 1:50m and (once loaded) 1:10m, and which of them a viewport draws. A new
 * 1:50m world in another projection drops the old detail, so the two never disagree. FX thread only.
 */
public final class MapWorlds {

    /** 1:10m is drawn once the map shows at most this share of the world's width (a region preset or closer). */
    static final double DETAIL_FROM = 0.5;

    private final ReadOnlyObjectWrapper<ProjectedWorld> world;
    private final ReadOnlyObjectWrapper<ProjectedWorld> detail;

    MapWorlds(Object bean) {
        world = new ReadOnlyObjectWrapper<>(bean, "world");
        detail = new ReadOnlyObjectWrapper<>(bean, "detailWorld");
        world.addListener((o, old, w) -> {
            if (detail.get() != null && w != null && detail.get().projection() != w.projection()) {
                detail.set(null); // another projection: its detail is loaded again
            }
        });
    }

    public ReadOnlyObjectProperty<ProjectedWorld> worldProperty() {
        return world.getReadOnlyProperty();
    }

    /** The 1:10m world, once loaded in the background (null before, and for a map without a detail file). */
    public ReadOnlyObjectProperty<ProjectedWorld> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ProjectedWorld world() {
        return world.get();
    }

    public ProjectedWorld detail() {
        return detail.get();
    }

    void showWorld(ProjectedWorld w) {
        world.set(w);
    }

    void showDetail(ProjectedWorld d) {
        detail.set(d);
    }

    /**
     * The world the map draws at this viewport: 1:10m when the visible part is at most {@link #DETAIL_FROM} of the
     * world's width (a region preset's zoom on), else 1:50m. Hit tests follow, as they use the painted scene's world.
     */
    public ProjectedWorld drawn(Viewport v) {
        ProjectedWorld coarse = world.get();
        ProjectedWorld fine = detail.get();
        if (coarse == null || fine == null || v == null || fine.projection() != coarse.projection()) {
            return coarse;
        }
        return v.visibleWorld().getWidth() <= DETAIL_FROM * coarse.bounds().getWidth() ? fine : coarse;
    }
}
