/**
 * Start-up and the main window: {@link org.chaord.atlas.ui.app.AtlasApp} (load → compose → show),
 * {@link org.chaord.atlas.ui.app.MainWindow} (layout, and what each {@link org.chaord.atlas.ui.app.AppAction}
 * does), the menu and header, presentation mode, preferences and themes, and
 * {@link org.chaord.atlas.ui.app.KeyBindings}, the one key table read by the key handler, the menu accelerators and
 * Help.
 * <p>Threads: FX thread only. The data load is started before the toolkit on the background executor and handed to
 * the view-model when the window exists.
 */
package org.chaord.atlas.ui.app;
