package org.chaord.atlas.ui;

import java.util.Locale;
import java.util.function.Consumer;

/** What the window asks of the application: reload the data, switch language (rebuilds the window), quit. */
record WindowActions(Runnable reload, Consumer<Locale> language, Runnable quit) {
}
