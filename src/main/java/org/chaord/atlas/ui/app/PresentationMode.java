package org.chaord.atlas.ui.app;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.stage.Stage;
import javafx.util.Subscription;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Presentation mode: full screen, large type, only the map, its legend and the date, the panels one key (P) away.
 * Leaving full screen (Esc, the window manager) leaves the presentation too.
 */
final class PresentationMode {

    private final ReadOnlyBooleanWrapper presenting = new ReadOnlyBooleanWrapper(this, "presenting");
    private final Supplier<Stage> stage;
    private final Consumer<Boolean> showPanels;
    private boolean panelsShown = true;
    /** Leaving full screen leaves the presentation; watched on the stage, which outlives this window. */
    private Subscription fullScreenWatch = Subscription.EMPTY;

    /** @param showPanels shows or hides the menu, header, side panel and timeline */
    PresentationMode(Supplier<Stage> stage, Consumer<Boolean> showPanels) {
        this.stage = stage;
        this.showPanels = showPanels;
    }

    ReadOnlyBooleanProperty presentingProperty() {
        return presenting.getReadOnlyProperty();
    }

    boolean isPresenting() {
        return presenting.get();
    }

    boolean panelsShown() {
        return panelsShown;
    }

    void toggle() {
        presenting.set(!presenting.get());
        setPanels(!presenting.get());
        stopWatching();
        Stage s = stage.get();
        if (s == null) {
            return;
        }
        s.setFullScreenExitHint("");
        s.setFullScreen(presenting.get());
        if (presenting.get()) {
            fullScreenWatch = s.fullScreenProperty().subscribe((was, full) -> {
                if (!full && presenting.get()) { // Esc or the window manager ended full screen: end the presentation too
                    toggle();
                }
            });
        }
    }

    /** The window goes (a new language): the stage stays, so stop watching it. */
    void stopWatching() {
        fullScreenWatch.unsubscribe();
        fullScreenWatch = Subscription.EMPTY;
    }

    /** P while presenting: the panels come back, or go again. */
    void togglePanels() {
        setPanels(!panelsShown);
    }

    private void setPanels(boolean show) {
        panelsShown = show;
        showPanels.accept(show);
    }
}
