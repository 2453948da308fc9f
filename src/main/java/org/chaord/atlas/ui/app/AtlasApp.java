package org.chaord.atlas.ui.app;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.NodeOrientation;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.chaord.atlas.data.LoadResult;
import org.chaord.atlas.export.ExportService;
import org.chaord.atlas.i18n.Languages;
import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.ui.AtlasViewModel;
import org.chaord.atlas.ui.DataService;
import org.chaord.atlas.ui.internal.AfterPulses;
import org.chaord.atlas.ui.internal.Background;
import org.chaord.atlas.ui.internal.ScriptFonts;
import org.chaord.atlas.ui.internal.UiThreads;
import org.chaord.atlas.ui.saved.RecentFile;
import org.chaord.atlas.ui.saved.SavedViews;
import org.chaord.atlas.ui.table.StateTableViewModel;
import org.chaord.atlas.ui.timeline.Playback;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The JavaFX application. Start-up reads load → compose → show: the data is loading (started before the toolkit) while
 * the window is built; the view-model composes the first scene when it arrives, and the map shows it; the rest of the
 * window follows two frames later.
 */
public final class AtlasApp extends Application {

    private static final long CHROME_AT_LATEST_MS = 1200;
    private static final String ICON = "/org/chaord/atlas/icon/icon-256.png";

    /** The load started before the toolkit, handed to the application instance the toolkit creates. */
    private static volatile CompletableFuture<DataService.Loaded> preload;
    /** The frame the last start kept, when this start shows it first (ADR 0031). */
    private FirstFrame firstFrame;

    private UiThreads threads;
    private AtlasViewModel vm;
    private Playback playback;
    private StateTableViewModel table;
    private MainWindow window;
    private Stage stage;
    private UserPreferences prefs;
    private ExportService exports;
    private SavedViews views;
    private boolean launchDatasetsOpened;

    public static void launchApp(String[] args) {
        prepareLaunch();
        Application.launch(AtlasApp.class, args);
    }

    /**
     * Before the toolkit starts: its settings ({@link ToolkitSettings}), and the map frame kept by the last start when
     * it is still right (ADR 0031), else the data starts loading now. A kept frame is shown first and the data read
     * after it, so the two do not share the processor while the toolkit starts.
     */
    public static void prepareLaunch() {
        ToolkitSettings.apply();
        if (!KeptFrames.prepare()) {
            startPreload();
        }
    }

    /** Starts reading the data and projecting the map now; the next window to start picks the result up. */
    public static void startPreload() {
        DataService source = DataService.fromEnvironment();
        var projection = UserPreferences.forThisUser().projection();
        preload = Background.supply(() -> source.load(projection));
    }

    @Override
    public void start(Stage primary) {
        stage = primary;
        FirstFrame kept = KeptFrames.take();
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        // -Datlas.prefs=off starts from the defaults and remembers nothing (tests, shared classroom machines)
        prefs = UserPreferences.forThisUser();
        WindowSize size = WindowSize.fit(prefs.width(), prefs.height(), screen.getWidth(), screen.getHeight());
        if (kept != null && kept.fits(size.width(), size.height(), javafx.stage.Screen.getPrimary().getOutputScaleX())) {
            firstFrame = kept;
            firstFrame.show(stage);
            KeptFrames.shown(firstFrame.bounds());
            AfterPulses.run(FirstFrame.ON_SCREEN_PULSES, () -> { // the kept frame is on screen: now the data and the window
                startPreload();
                startWindow(size, screen);
            });
        } else {
            startWindow(size, screen); // (a kept frame that did not fit or was damaged: the view-model reads the data)
        }
    }

    private void startWindow(WindowSize size, javafx.geometry.Rectangle2D screen) {
        threads = UiThreads.forApp();
        vm = new AtlasViewModel(threads, DataService.fromEnvironment(), LocalDate::now);
        playback = new Playback(vm, threads.ticker());
        table = new StateTableViewModel(vm, threads);
        prefs.restore(vm);
        views = new SavedViews(vm);
        views.useLanguageSwitch(this::switchLanguage); // a saved language rebuilds the window in it
        views.recent().restore(prefs.recentFiles());
        views.recent().files().addListener((javafx.collections.ListChangeListener<RecentFile>) c ->
                prefs.saveRecentFiles(views.recent().lines()));
        views.noticeProperty().addListener((o, a, notice) -> NoticeDialog.show(stage, vm.texts(), notice));
        table.shownProperty().addListener((o, was, on) -> prefs.rememberTableShown(on));
        applyTheme(); // before any control is styled: the controls never see Modena's looked-up colours
        vm.looks().darkInterfaceProperty().addListener((o, a, dark) -> applyTheme());
        vm.dataProperty().addListener((o, a, result) -> sayWhyNothingShows(result));
        vm.dataProperty().addListener((o, a, result) -> openLaunchDatasets(result));
        window = newWindow();
        Scene scene = firstFrame != null ? stage.getScene() : new Scene(window, size.width(), size.height());
        if (firstFrame != null) {
            scene.setRoot(firstFrame.cover(window)); // the kept frame stays on top until the map has painted
        }
        scene.getStylesheets().add(AtlasApp.class.getResource("/org/chaord/atlas/ui/atlas.css").toExternalForm());
        orient(scene);
        applyTheme();
        stage.setTitle(vm.texts().get("app.title"));
        stage.getIcons().add(new Image(AtlasApp.class.getResource(ICON).toExternalForm(), true));
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> prefs.save(vm, scene.getWidth(), scene.getHeight()));
        stage.show();
        WindowSize.keepOnScreen(stage, screen);
        completeChromeAfterFirstFrame();
        CompletableFuture<DataService.Loaded> started = preload;
        preload = null;
        if (started != null) {
            vm.loading().load(started);
        } else {
            vm.loading().reload();
        }
    }

    public AtlasViewModel viewModel() {
        return vm;
    }

    /** Saved views and recent files (File menu). */
    public SavedViews savedViews() {
        return views;
    }

    /** The table of every state (the centre's second tab). */
    public StateTableViewModel table() {
        return table;
    }

    public MainWindow window() {
        return window;
    }

    /** The application's threads (the benchmark publishes a frame's scene at once through them). */
    public UiThreads threads() {
        return threads;
    }

    /** A new language rebuilds the window in it (and mirrors it for Arabic); data, date and view stay. */
    public void switchLanguage(Locale locale) {
        window.dispose(); // the old window's views stop following the view-model: nothing keeps it alive
        vm.looks().setTexts(new Texts(Languages.closest(locale)));
        window = newWindow();
        window.completeChrome();
        applyTheme();
        stage.getScene().setRoot(window);
        orient(stage.getScene());
        stage.setTitle(vm.texts().get("app.title"));
    }

    private MainWindow newWindow() {
        return new MainWindow(vm, playback, table, getHostServices(), threads, this::exports,
                new WindowActions(this::switchLanguage, this::quit, views));
    }

    /** The export service, made on first use (it loads the fonts). */
    private ExportService exports() {
        if (exports == null) {
            exports = new ExportService();
        }
        return exports;
    }

    private void orient(Scene scene) {
        scene.setNodeOrientation(Languages.isRightToLeft(vm.texts().locale())
                ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        ScriptFonts.applyTo(scene, vm.texts().locale()); // Chinese shows its letters on Linux too
    }

    /** AtlantaFX's light or dark theme for the controls; the map keeps its palette (and its light sea) either way. */
    private void applyTheme() {
        boolean dark = vm.looks().darkInterfaceProperty().get();
        String url = (dark ? Themes.DARK : Themes.LIGHT).url();
        if (!Objects.equals(url, Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(url);
        }
        if (window != null) {
            window.getStyleClass().remove("dark");
            if (dark) {
                window.getStyleClass().add("dark");
            }
        }
    }

    /**
     * Files given to the launcher (a double-click in the file manager), once, with the data: CSV files join as
     * datasets, a saved view ({@code .view.json}) is opened.
     */
    private void openLaunchDatasets(LoadResult result) {
        Parameters launch = getParameters();
        if (result == null || launchDatasetsOpened || launch == null) {
            return;
        }
        launchDatasetsOpened = true;
        for (String file : launch.getUnnamed()) {
            if (file.toLowerCase(Locale.ROOT).endsWith(ViewFileChooser.EXTENSION)) {
                views.open(Path.of(file));
            } else {
                views.openDataset(Path.of(file));
            }
        }
    }

    /** Nothing to show at all (data or map not found): say why at once, not behind a button. */
    private void sayWhyNothingShows(LoadResult result) {
        if (result != null && (result.atlas().countries().isEmpty() || result.shapes().isEmpty())) {
            Platform.runLater(() -> ProblemsDialog.show(stage, vm.problems(), vm.texts()));
        }
    }

    /**
     * The map comes first: the rest of the window is built two frames after the first shaded frame is on screen, or
     * after {@value #CHROME_AT_LATEST_MS} ms if the data is slow (first start, no map cache yet).
     */
    private void completeChromeAfterFirstFrame() {
        long shown = System.nanoTime();
        new AnimationTimer() {
            private int framesSincePaint;

            @Override
            public void handle(long now) {
                if (window.map().firstPaintAtMillis() > 0) {
                    framesSincePaint++;
                }
                if (framesSincePaint >= 2 || (now - shown) / 1_000_000 > CHROME_AT_LATEST_MS) {
                    stop();
                    window.completeChrome();
                    AfterPulses.run(2, AtlasApp.this::leaveFirstFrame);
                    table.show(prefs.tableShown()); // the table last shown, once the map has been painted
                    if (!"off".equals(System.getProperty("atlas.detail"))) { // -Datlas.detail=off: 1:50m only
                        // 1:10m for region zoom, in the background, once the user first zooms in
                        DetailOnDemand.watch(vm.extent().viewportProperty(),
                                () -> vm.world() == null ? null : vm.world().bounds(), vm.loading()::loadDetail);
                    }
                }
            }
        }.start();
    }

    /**
     * The window is complete: the kept frame (if any) goes, and this start's map frame is kept for the next start
     * once it is settled: the whole world, nothing selected, today (FX thread).
     */
    private void leaveFirstFrame() {
        if (firstFrame != null) {
            firstFrame.leave(stage.getScene(), window);
        }
        KeptFrames.keepForNextStart(vm, window, stage, threads);
        // the kept frame's texture goes once the frame itself has been collected
        StartupGarbage.collectSoon(firstFrame == null ? () -> { } : () -> TextureSweep.run(window));
    }

    /** The frame the last start kept, when this start showed it (null otherwise). */
    FirstFrame keptFrameShown() {
        return firstFrame;
    }

    /** Wall-clock time of the first shaded frame: the kept frame's, else the map's (0 before either). */
    public long firstShadedFrameAtMillis() {
        return firstFrame != null ? firstFrame.shownAtMillis() : window == null ? 0 : window.map().firstPaintAtMillis();
    }

    private void quit() {
        prefs.save(vm, stage.getScene().getWidth(), stage.getScene().getHeight());
        Platform.exit();
    }
}
