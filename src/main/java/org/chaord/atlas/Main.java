package org.chaord.atlas;

import org.chaord.atlas.cli.AtlasCli;
import org.chaord.atlas.cli.DisplayCheck;
import org.chaord.atlas.cli.LaunchRoute;
import org.chaord.atlas.ui.app.AtlasApp;

/**
 * Launcher. No argument opens the desktop app; existing {@code .csv} files open it with them as indicator datasets
 * (and saved {@code .view.json} views, shown);
 * anything else runs the command line (headless: no JavaFX class is loaded on that path). It does not extend
 * Application so that {@code java -cp} and the shaded jar work without module-path plumbing.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        LaunchRoute route = LaunchRoute.of(args);
        StartupArchive.prepare(System.getProperty(StartupArchive.PROPERTY), route.desktop());
        if (!route.desktop()) {
            Runtime.getRuntime().exit(AtlasCli.run(args));
        } else if (!DisplayCheck.available()) {
            Runtime.getRuntime().exit(DisplayCheck.refuse());
        } else {
            AtlasApp.launchApp(route.appArguments());
        }
    }
}
