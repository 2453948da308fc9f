package org.chaord.atlas.ui.app;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;
import org.chaord.atlas.ui.internal.Background;

/**
 * Start-up's garbage, given back once the window is complete (ADR 0032). Reading the data, the map and the style
 * sheets leaves tens of megabytes of dead objects in the serial collector's old generation, which would otherwise
 * keep those pages until the old generation next fills, perhaps never in a session. One full collection, a second
 * after the window is complete, compacts what lives and lets the heap shrink to fit it (the launcher's
 * {@code MaxHeapFreeRatio}).
 */
final class StartupGarbage {

    static final Duration AFTER = Duration.seconds(1);

    private StartupGarbage() {
    }

    /**
     * Collects once, {@link #AFTER} from now, then runs {@code afterwards} on the FX thread (call on the FX thread);
     * {@code -Datlas.startup.gc=off} leaves out both.
     */
    static void collectSoon(Runnable afterwards) {
        if ("off".equals(System.getProperty("atlas.startup.gc"))) {
            return;
        }
        PauseTransition wait = new PauseTransition(AFTER);
        // off the FX thread: the collection stops every thread for its few tens of milliseconds anyway, but the
        // pulse that comes due meanwhile is not also held up by the call
        wait.setOnFinished(e -> Background.executor().execute(() -> {
            System.gc();
            Platform.runLater(afterwards);
        }));
        wait.play();
    }
}
