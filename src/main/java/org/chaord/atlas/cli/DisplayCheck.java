package org.chaord.atlas.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Whether the desktop app can open a window here. On Linux (and other X11/Wayland systems) without DISPLAY and
 * WAYLAND_DISPLAY the toolkit would fail with a stack trace; the launcher says so in one line instead. Windows and
 * macOS always have a display; headless test runs (Monocle) need none.
 */
public final class DisplayCheck {

    static final String NO_DISPLAY = "no display: use a subcommand, see --help";

    private DisplayCheck() {
    }

    /** For this process. */
    public static boolean available() {
        return available(System.getenv(), System.getProperties());
    }

    static boolean available(Map<String, String> env, Properties props) {
        String os = props.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return true;
        }
        if ("Monocle".equalsIgnoreCase(props.getProperty("glass.platform"))
                || Boolean.parseBoolean(props.getProperty("testfx.headless"))) {
            return true;
        }
        return isSet(env.get("DISPLAY")) || isSet(env.get("WAYLAND_DISPLAY"));
    }

    /** Prints the one line on standard error; returns the exit code. */
    public static int refuse() {
        return refuse(System.err);
    }

    static int refuse(PrintStream err) {
        err.println(NO_DISPLAY);
        err.flush();
        return AtlasCli.FAILED;
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
