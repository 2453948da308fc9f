package org.chaord.atlas.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.chaord.atlas.geo.MapProjection;
import org.chaord.atlas.render.ProjectedWorld;

import org.chaord.atlas.data.LoadProblem;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The JavaFX application: loads the bundled data in the background and shows the main window. */
public final class AtlasApp extends Application {

    private final AtlasViewModel vm = new AtlasViewModel();
    private MainWindow window;
    private DataService data;

    /** Data loading starts before the toolkit, so the two overlap and the first shaded frame comes sooner. */
    private static volatile CompletableFuture<DataService.Loaded> preload;

    public static void launchApp(String[] args) {
        startPreload();
        Application.launch(AtlasApp.class, args);
    }

    /** Starts reading the data and projecting the map now; the next window to start picks the result up. */
    public static void startPreload() {
        preload = DataService.fromEnvironment().load(UserPreferences.forThisUser().projection());
    }

    @Override
    public void start(Stage stage) {
        vm.darkInterface.addListener((o, a, dark) -> applyTheme());
        data = DataService.fromEnvironment();
        // -Datlas.prefs=off starts from the defaults and remembers nothing (tests, shared classroom machines)
        UserPreferences prefs = UserPreferences.forThisUser();
        prefs.restore(vm);
        this.stage = stage;
        applyTheme(); // before the first control exists, or its CSS is resolved against Modena (warnings on stderr)
        window = newWindow();
        Scene scene = new Scene(window, prefs.width(), prefs.height());
        scene.getStylesheets().add(AtlasApp.class.getResource("atlas.css").toExternalForm());
        orient(scene);
        applyTheme();
        stage.setTitle(vm.texts.get().get("app.title"));
        stage.getIcons().add(new javafx.scene.image.Image(AtlasApp.class.getResource(ICON).toExternalForm(), true));
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> prefs.save(vm, scene.getWidth(), scene.getHeight()));
        this.prefs = prefs;
        stage.show();
        completeChromeAfterFirstFrame();
        load();
        vm.projection.addListener((o, a, kind) -> reproject());
    }

    private Stage stage;
    private UserPreferences prefs;
    private static final String ICON = "/org/chaord/atlas/icon/icon-256.png";
    private boolean launchDatasetsOpened;

    /** CSV files given to the launcher (a double-click in the file manager) join as datasets, once. */
    private void openLaunchDatasets() {
        Parameters launch = getParameters();
        if (launch != null && !launchDatasetsOpened) {
            launchDatasetsOpened = true;
            launch.getUnnamed().forEach(file -> DatasetDrop.addDataset(vm, java.nio.file.Path.of(file)));
        }
    }

    private MainWindow newWindow() {
        return new MainWindow(vm, getHostServices(), new WindowActions(this::reload, this::switchLanguage, this::quit));
    }

    private void orient(Scene scene) {
        scene.setNodeOrientation(Languages.isRightToLeft(vm.texts.get().locale())
                ? javafx.geometry.NodeOrientation.RIGHT_TO_LEFT : javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
    }

    /** AtlantaFX's light or dark theme for the controls; the map keeps its palette (and its light sea) either way. */
    private void applyTheme() {
        boolean dark = vm.darkInterface.get();
        String url = (dark ? Themes.DARK : Themes.LIGHT).url();
        if (!java.util.Objects.equals(url, Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(url);
        }
        if (window != null) {
            window.getStyleClass().remove("dark");
            if (dark) {
                window.getStyleClass().add("dark");
            }
        }
    }

    /** A new language rebuilds the window in it (and mirrors it for Arabic); data, date and view stay. */
    public void switchLanguage(java.util.Locale locale) {
        vm.texts.set(new org.chaord.atlas.render.Texts(Languages.closest(locale)));
        window = newWindow();
        window.completeChrome();
        applyTheme();
        stage.getScene().setRoot(window);
        orient(stage.getScene());
        stage.setTitle(vm.texts.get().get("app.title"));
    }

    /**
     * The map comes first: the rest of the window is built two frames after the first shaded frame is on screen, or
     * after {@value #CHROME_AT_LATEST_MS} ms if the data is slow (first start, no map cache yet).
     */
    private void completeChromeAfterFirstFrame() {
        long shown = System.nanoTime();
        new javafx.animation.AnimationTimer() {
            private int framesSincePaint;

            @Override
            public void handle(long now) {
                if (window.map().firstPaintAtMillis() > 0) {
                    framesSincePaint++;
                }
                if (framesSincePaint >= 2 || (now - shown) / 1_000_000 > CHROME_AT_LATEST_MS) {
                    stop();
                    window.completeChrome();
                }
            }
        }.start();
    }

    private static final long CHROME_AT_LATEST_MS = 1200;

    private void reload() {
        preload = null;
        load();
    }

    private void quit() {
        prefs.save(vm, stage.getScene().getWidth(), stage.getScene().getHeight());
        Platform.exit();
    }

    public AtlasViewModel viewModel() {
        return vm;
    }

    public MainWindow window() {
        return window;
    }

    private void load() {
        CompletableFuture<DataService.Loaded> loading = preload;
        preload = null;
        if (loading == null) {
            loading = data.load(vm.projection.get());
        }
        loading.whenComplete((loaded, error) -> Platform.runLater(() -> {
            if (error != null) {
                vm.problems.setAll(List.of(new LoadProblem(data.dataDir().toString(), 0, 0, "cannot load: " + error)));
                return;
            }
            vm.problems.setAll(loaded.result().problems());
            vm.data.set(loaded.result());
            vm.world.set(loaded.world());
            openLaunchDatasets();
            if (loaded.result().atlas().countries().isEmpty() || loaded.result().shapes().isEmpty()) {
                // nothing to show at all (data or map not found): say why at once, not behind a button
                Platform.runLater(() -> ProblemsDialog.show(stage, vm.problems, vm.texts.get()));
            }
            if (loaded.projection() != vm.projection.get()) {
                reproject();
            }
        }));
    }

    private void reproject() {
        var result = vm.data.get();
        if (result == null) {
            return;
        }
        var kind = vm.projection.get();
        Thread t = new Thread(() -> {
            ProjectedWorld world = ProjectedWorld.build(result.shapes(), MapProjection.of(kind));
            Platform.runLater(() -> {
                if (vm.projection.get() == kind) {
                    vm.world.set(world);
                }
            });
        }, "atlas-projector");
        t.setDaemon(true);
        t.start();
    }
}
