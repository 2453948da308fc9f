package org.chaord.atlas.ui.app;

/** Everything the window does on a key or a menu item; {@link KeyBindings} says which keys. */
public enum AppAction {
    EXPORT, COPY_IMAGE, OPEN_DATASET, UPDATE_FROM_DEPOSITARY, RELOAD, QUIT,
    PRESENTATION, LEAVE_PRESENTATION, TOGGLE_PANELS, FULL_SCREEN, SHORTCUTS, FIND,
    PLAY_PAUSE, PREVIOUS_EVENT, NEXT_EVENT, YEAR_BACK, YEAR_ON,
    ZOOM_IN, ZOOM_OUT, WORLD, VIEW_1, VIEW_2, VIEW_3, VIEW_4, VIEW_5, VIEW_6, VIEW_7, VIEW_8, VIEW_9,
    CLEAR_SELECTION
}
