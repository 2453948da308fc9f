package org.chaord.atlas.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a user of the command line expects from any tool: its real version, help, and a fix for a typo. */
class CliConventionsTest {

    private String out;
    private String err;

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = AtlasCli.run(new PrintWriter(o), new PrintWriter(e), args);
        out = o.toString();
        err = e.toString();
        return code;
    }

    @Test
    void versionIsTheOneMavenBuilt() {
        assertEquals(0, run("--version"));
        assertTrue(out.strip().matches("Chaord Atlas \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), out);
        assertFalse(out.contains("${"), out);
    }

    @Test
    void helpSubcommandShowsACommandsUsage() {
        assertEquals(0, run("help", "validate"), err);
        assertTrue(out.startsWith("Usage: chaord-atlas validate"), out);
        assertEquals(0, run("help"), err);
        assertTrue(out.contains("export") && out.contains("status") && out.contains("help"), out);
    }

    @Test
    void aMistypedCommandGetsASuggestion() {
        assertEquals(2, run("stauts"));
        assertTrue(err.contains("Did you mean: chaord-atlas status?"), err);
        assertTrue(err.strip().lines().reduce((a, b) -> b).orElseThrow().startsWith("Try "), err);
    }

    @Test
    void aMistypedOptionGetsASuggestion() {
        assertEquals(2, run("export", "--widht", "300", "--out", "map.png"));
        assertTrue(err.contains("--width"), err);
    }
}
