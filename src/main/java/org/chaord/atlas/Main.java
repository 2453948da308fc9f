package org.chaord.atlas;

import org.chaord.atlas.cli.AtlasCli;

import java.lang.reflect.InvocationTargetException;

/**
 * The launcher (not a JavaFX {@code Application}, so {@code java -cp} works): with arguments it runs the command line
 * headless and exits with its code; without, it starts the GUI. The GUI is reached by reflection so the command line
 * never loads a JavaFX class.
 */
public final class Main {

    static final String GUI_CLASS = "org.chaord.atlas.ui.AtlasApp";

    private Main() {
    }

    public static void main(String[] args) throws ReflectiveOperationException {
        if (args.length > 0) {
            System.exit(AtlasCli.run(args));
        }
        try {
            Class.forName(GUI_CLASS).getMethod("launchApp", String[].class).invoke(null, (Object) args);
        } catch (ClassNotFoundException e) {
            System.err.println("The graphical interface is not part of this build; run with --help for the command line.");
            System.exit(AtlasCli.FAILED);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
    }
}
