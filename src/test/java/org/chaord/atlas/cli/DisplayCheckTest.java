package org.chaord.atlas.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Without a display the launcher says so in one line and exits 1, instead of the toolkit's stack trace. */
class DisplayCheckTest {

    private static Properties props(String... keyValues) {
        Properties p = new Properties();
        for (int i = 0; i < keyValues.length; i += 2) {
            p.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return p;
    }

    @Test
    void linuxNeedsX11OrWayland() {
        Properties linux = props("os.name", "Linux");
        assertFalse(DisplayCheck.available(Map.of(), linux));
        assertFalse(DisplayCheck.available(Map.of("DISPLAY", " "), linux));
        assertTrue(DisplayCheck.available(Map.of("DISPLAY", ":0"), linux));
        assertTrue(DisplayCheck.available(Map.of("WAYLAND_DISPLAY", "wayland-0"), linux));
    }

    @Test
    void windowsMacAndHeadlessTestsAlwaysHaveOne() {
        assertTrue(DisplayCheck.available(Map.of(), props("os.name", "Windows 11")));
        assertTrue(DisplayCheck.available(Map.of(), props("os.name", "Mac OS X")));
        assertTrue(DisplayCheck.available(Map.of(), props("os.name", "Linux", "glass.platform", "Monocle")));
    }

    @Test
    void refusalIsOneLineAndExitCodeOne() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertEquals(1, DisplayCheck.refuse(new PrintStream(bytes, true, StandardCharsets.UTF_8)));
        assertEquals("no display: use a subcommand, see --help", bytes.toString(StandardCharsets.UTF_8).strip());
    }
}
