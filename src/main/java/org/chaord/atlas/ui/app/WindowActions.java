package org.chaord.atlas.ui.app;

import java.util.Locale;
import java.util.function.Consumer;

/** What the window asks of the application: switch language (rebuilds the window), quit. */
record WindowActions(Consumer<Locale> language, Runnable quit) {
}
