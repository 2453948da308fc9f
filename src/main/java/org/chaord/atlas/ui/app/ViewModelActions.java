package org.chaord.atlas.ui.app;

import org.chaord.atlas.render.Direction;
import org.chaord.atlas.render.RegionPreset;
import org.chaord.atlas.ui.AtlasViewModel;
import org.chaord.atlas.ui.timeline.Playback;

import java.util.Map;

/**
 * The actions that only change the view-model or the playback (time, zoom, selection, views, labels, compare mode),
 * whatever window shows them; {@link MainWindow} adds those that open dialogs or change its layout.
 */
final class ViewModelActions {

    private static final AppAction[] VIEW_KEYS = {AppAction.VIEW_1, AppAction.VIEW_2, AppAction.VIEW_3,
        AppAction.VIEW_4, AppAction.VIEW_5, AppAction.VIEW_6, AppAction.VIEW_7, AppAction.VIEW_8, AppAction.VIEW_9};

    private ViewModelActions() {
    }

    static void putInto(Map<AppAction, Runnable> a, AtlasViewModel vm, Playback playback) {
        a.put(AppAction.RELOAD, vm.loading()::reload);
        a.put(AppAction.PLAY_PAUSE, playback::togglePlay);
        a.put(AppAction.PREVIOUS_EVENT, () -> vm.days().step(false));
        a.put(AppAction.NEXT_EVENT, () -> vm.days().step(true));
        a.put(AppAction.YEAR_BACK, () -> vm.days().moveYears(-1));
        a.put(AppAction.YEAR_ON, () -> vm.days().moveYears(1));
        a.put(AppAction.ZOOM_IN, () -> vm.extent().zoom(1.25));
        a.put(AppAction.ZOOM_OUT, () -> vm.extent().zoom(0.8));
        a.put(AppAction.WORLD, () -> vm.showRegion(RegionPreset.WORLD));
        a.put(AppAction.CLEAR_SELECTION, () -> vm.select(null));
        a.put(AppAction.TOGGLE_LABELS, () -> vm.looks().setLabels(!vm.looks().isLabels()));
        a.put(AppAction.SELECT_LEFT, () -> vm.moveSelection(Direction.LEFT));
        a.put(AppAction.SELECT_RIGHT, () -> vm.moveSelection(Direction.RIGHT));
        a.put(AppAction.SELECT_UP, () -> vm.moveSelection(Direction.UP));
        a.put(AppAction.SELECT_DOWN, () -> vm.moveSelection(Direction.DOWN));
        a.put(AppAction.COMPARE, () -> vm.compare().setActive(!vm.compare().isActive(), vm.date(),
                AtlasViewModel.TIMELINE_START));
        for (int i = 0; i < VIEW_KEYS.length; i++) {
            int key = i + 1;
            a.put(VIEW_KEYS[i], () -> vm.setViewByKey(key));
        }
    }
}
