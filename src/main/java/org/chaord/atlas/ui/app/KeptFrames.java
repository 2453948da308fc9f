package org.chaord.atlas.ui.app;

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

    private KeptFrames() {
    }

    /** Before the toolkit: true when a kept frame is being painted for this start (the data then waits for it). */
    static boolean prepare() {
        UserPreferences prefs = UserPreferences.forThisUser();
        file = FirstFrameFile.forThisUser(prefs.remembers());
        key = FirstFrameFile.key(prefs.firstFrameSettings(), LocalDate.now(), DataService.fromEnvironment().location());
        if (!file.holds(key)) {
            reading = null;
            return false;
        }
        FirstFrameFile from = file;
        String under = key;
        // read, checked and unpacked while the toolkit starts; no JavaFX class is touched here: one initialised on
        // this thread while the toolkit initialises on the launcher's deadlocks the two (Image and Toolkit)
        reading = Background.supply(() -> from.read(under));
        return true;
    }

    /** The kept frame for this start, once, built on the FX thread; null when there is none or it was damaged. */
    static FirstFrame take() {
        CompletableFuture<SavedFrame> r = reading;
        reading = null;
        SavedFrame saved = r == null ? null : r.exceptionally(e -> null).join();
        return saved == null ? null : FirstFrame.of(saved);
    }

    /** The kept frame was shown: it is this start's frame too, so it is not kept again. */
    static void shown() {
        key = null;
    }

    /**
     * Keeps the map's frame for the next start when the map shows what a start shows (the whole world, nothing
     * selected, today), once it is painted at the window's settled size: tried for {@code pulses} pulses.
     */
    static void keepForNextStart(AtlasViewModel vm, MainWindow window, Stage stage, UiThreads threads, int pulses) {
        FirstFrameFile target = file;
        String under = key;
        if (target == null || under == null || pulses == 0 || !vm.extent().showsWholeWorld() || vm.selected() != null
                || !vm.date().equals(LocalDate.now())) {
            return;
        }
        SavedFrame frame = FirstFrame.record(window.map(), stage, window);
        if (frame == null) { // a resize is being painted
            AfterPulses.run(1, () -> keepForNextStart(vm, window, stage, threads, pulses - 1));
            return;
        }
        key = null; // once per start
        threads.background().execute(() -> target.write(under, frame));
    }
}
