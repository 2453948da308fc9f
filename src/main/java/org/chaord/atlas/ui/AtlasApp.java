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
        Application.setUserAgentStylesheet(Themes.LIGHT.url());
        data = DataService.fromEnvironment();
        // -Datlas.prefs=off starts from the defaults and remembers nothing (tests, shared classroom machines)
        UserPreferences prefs = UserPreferences.forThisUser();
        prefs.restore(vm);
        window = new MainWindow(vm, getHostServices());
        Scene scene = new Scene(window, prefs.width(), prefs.height());
        scene.getStylesheets().add(AtlasApp.class.getResource("atlas.css").toExternalForm());
        stage.setTitle("Chaord Atlas");
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> prefs.save(vm, scene.getWidth(), scene.getHeight()));
        stage.show();
        load();
        vm.projection.addListener((o, a, kind) -> reproject());
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
