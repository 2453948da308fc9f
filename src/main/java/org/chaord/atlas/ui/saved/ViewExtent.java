package org.chaord.atlas.ui.saved;

import javafx.beans.value.ChangeListener;
import org.chaord.atlas.export.SavedView;
import org.chaord.atlas.render.ProjectedWorld;
import org.chaord.atlas.ui.AtlasViewModel;

/**
 * Shows a saved view's part of the map. Its extent is in the saved projection: when that is not the one shown, the
 * map is projected anew in the background and the extent is fitted once the new world has arrived (a new world shows
 * the whole of itself first).
 */
final class ViewExtent {

    private ViewExtent() {
    }

    static void show(AtlasViewModel vm, SavedView saved) {
        if (vm.world() != null && vm.world().projection().kind() == saved.projection()) {
            fit(vm, saved);
            return;
        }
        ChangeListener<ProjectedWorld> once = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends ProjectedWorld> o, ProjectedWorld old,
                                ProjectedWorld w) {
                if (w != null && w.projection().kind() == saved.projection()) {
                    o.removeListener(this);
                    fit(vm, saved);
                }
            }
        };
        vm.worlds().worldProperty().addListener(once);
        vm.looks().setProjection(saved.projection());
    }

    private static void fit(AtlasViewModel vm, SavedView saved) {
        if (saved.extent() != null) {
            vm.extent().showExactly(saved.extent().envelope()); // the visible part of the map it was saved from
        } else {
            vm.showRegion(saved.region());
        }
    }
}
