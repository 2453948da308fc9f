package org.chaord.atlas;

import org.chaord.atlas.cli.AtlasCli;
import org.chaord.atlas.ui.app.AtlasApp;

/**
 * Launcher. With arguments it runs the command line (headless: no JavaFX class is loaded on that path); without, the
 * desktop app. It does not extend Application so that {@code java -cp} and the shaded jar work without module-path
 * plumbing.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            Runtime.getRuntime().exit(AtlasCli.run(args));
        } else {
            AtlasApp.launchApp(args);
        }
    }
}
