package org.chaord.atlas.ui.app;

import javafx.geometry.Bounds;
import javafx.stage.Stage;
import org.chaord.atlas.ui.AtlasViewModel;
import org.chaord.atlas.ui.DataService;
import org.chaord.atlas.ui.internal.AfterPulses;
import org.chaord.atlas.ui.internal.Background;
import org.chaord.atlas.ui.internal.UiThreads;

import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;

/**
 * The map frame one start keeps for the next (ADR 0031): looked up and read before the toolkit starts, shown
 * first by {@link AtlasApp}, and this start's own frame kept once its window is complete and its map settled.
 */
final class KeptFrames {

    private static volatile CompletableFuture<SavedFrame> reading;
    private static volatile FirstFrameFile file;
    private static volatile String key;
    private static volatile Bounds shownBounds;

    private KeptFrames() {
    }

    /** Before the toolkit: true when a kept frame is being painted for this start (the data then waits for it). */
    static boolean prepare() {
        shownBounds = null;
        UserPreferences prefs = UserPreferences.forThisUser();
        file = FirstFrameFile.forThisUser(prefs.remembers());
        key = FirstFrameKey.of(prefs.firstFrameSettings(), LocalDate.now(), DataService.fromEnvironment().location());
        if (!file.holds(key)) {
            reading = null;
            return false;
        }
        FirstFrameFile from = file;
        String under = key;
        // read, checked and unpacked while the toolkit starts; no JavaFX class is touched here: one initialised on
        // this thread while the toolkit initialises on the launcher's deadlocks the two (Image and Toolkit)
        reading = Background.supply(() -> {
            SavedFrame saved = from.read(under);
            return saved == null ? null : saved.premultiplied();
        });
        return true;
    }

    /** The kept frame for this start, once, built on the FX thread; null when there is none or it was damaged. */
    static FirstFrame take() {
        CompletableFuture<SavedFrame> r = reading;
        reading = null;
        SavedFrame saved = r == null ? null : r.exceptionally(e -> null).join();
        return saved == null ? null : FirstFrame.of(saved);
    }

    /** The kept frame was shown there: if the live map settles at the same place and size, it is not kept again. */
    static void shown(Bounds where) {
        shownBounds = where;
    }

    /** Pulses the map's place and size must hold before its frame is kept: the legend may still move it. */
    static final int SETTLED_PULSES = 10;
    private static final int MAX_PULSES = 180;

    /**
     * Keeps the map's frame for the next start when the map shows what a start shows (the whole world, nothing
     * selected, today), once its place and size have held for {@link #SETTLED_PULSES} pulses and it is painted
     * there (a legend that takes a band of its own, then floats again, resizes the map after the window is built).
     * A kept frame this start showed is kept again only if the live map came out at another place or size.
     */
    static void keepForNextStart(AtlasViewModel vm, MainWindow window, Stage stage, UiThreads threads) {
        keepWhenSettled(vm, window, stage, threads, MAX_PULSES, 0, null);
    }

    private static void keepWhenSettled(AtlasViewModel vm, MainWindow window, Stage stage, UiThreads threads,
                                        int pulsesLeft, int settled, Bounds before) {
        FirstFrameFile target = file;
        String under = key;
        if (target == null || under == null || pulsesLeft == 0 || !vm.extent().showsWholeWorld()
                || vm.selected() != null || !vm.date().equals(LocalDate.now())) {
            return;
        }
        Bounds now = window.map().canvasBoundsInScene();
        int held = now.equals(before) ? settled + 1 : 0;
        SavedFrame frame = held >= SETTLED_PULSES ? FirstFrame.record(window.map(), stage, window) : null;
        if (frame == null) { // still moving, or a resize is being painted
            AfterPulses.run(1, () -> keepWhenSettled(vm, window, stage, threads, pulsesLeft - 1, held, now));
            return;
        }
        key = null; // once per start
        if (shownBounds == null || !shownBounds.equals(now)) {
            threads.background().execute(() -> target.write(under, frame));
        }
    }
}
