package org.chaord.atlas.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.chaord.atlas.geo.MapProjection;
import org.chaord.atlas.render.ProjectedWorld;

import java.util.prefs.Preferences;

/** The JavaFX application: loads the bundled data in the background and shows the main window. */
public final class AtlasApp extends Application {

    private final AtlasViewModel vm = new AtlasViewModel();
    private MainWindow window;
    private DataService data;

    public static void launchApp(String[] args) {
        Application.launch(AtlasApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(Themes.LIGHT.url());
        data = DataService.fromEnvironment();
        // -Datlas.prefs=off starts from the defaults and remembers nothing (tests, shared classroom machines)
        UserPreferences prefs = new UserPreferences("off".equals(System.getProperty("atlas.prefs"))
                ? null : Preferences.userNodeForPackage(AtlasApp.class));
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
        var task = data.loadTask(vm.projection.get());
        task.setOnSucceeded(e -> {
            var loaded = task.getValue();
            vm.problems.setAll(loaded.result().problems());
            vm.data.set(loaded.result());
            vm.world.set(loaded.world());
        });
        DataService.run(task, error -> vm.problems.setAll(java.util.List.of(
                new org.chaord.atlas.data.LoadProblem(data.dataDir().toString(), 0, 0, "cannot load: " + error))));
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
