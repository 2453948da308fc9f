package org.chaord.atlas.ui.app;

import org.chaord.atlas.ui.saved.SavedViews;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * What the window asks of the application: switch language (rebuilds the window), quit; and the saved views and
 * recent files, which outlive a window.
 */
record WindowActions(Consumer<Locale> language, Runnable quit, SavedViews views) {
}
