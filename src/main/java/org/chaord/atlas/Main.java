package org.chaord.atlas;

/**
 * Launcher. With arguments it runs the command line (headless, no JavaFX); without, the desktop app. It does not
 * extend Application so that {@code java -cp} works without module-path plumbing.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0) {
            Class<?> cli = Class.forName("org.chaord.atlas.cli.AtlasCli");
            int code = (int) cli.getMethod("run", String[].class).invoke(null, (Object) args);
            Runtime.getRuntime().exit(code);
        } else {
            org.chaord.atlas.ui.AtlasApp.launchApp(args);
        }
    }
}
