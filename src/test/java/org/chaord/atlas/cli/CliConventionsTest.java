package org.chaord.atlas.cli;

import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a user of the command line expects from any tool: its real version, help, and a fix for a typo. */
class CliConventionsTest {

    private final CliRunner cli = new CliRunner();

    @Test
    void versionIsTheOneMavenBuilt() {
        assertEquals(0, cli.run("--version"));
        assertTrue(cli.out().strip().matches("Chaord Atlas \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), cli.out());
        assertFalse(cli.out().contains("${"), cli.out());
    }

    @Test
    void helpSubcommandShowsACommandsUsage() {
        assertEquals(0, cli.run("help", "validate"), cli.err());
        assertTrue(cli.out().startsWith("Usage: chaord-atlas validate"), cli.out());
        assertEquals(0, cli.run("help"), cli.err());
        assertTrue(cli.out().contains("export") && cli.out().contains("status") && cli.out().contains("help"), cli.out());
    }

    @Test
    void aMistypedCommandGetsASuggestion() {
        assertEquals(2, cli.run("stauts"));
        assertTrue(cli.err().contains("Did you mean: chaord-atlas status?"), cli.err());
        assertTrue(cli.err().strip().lines().reduce((a, b) -> b).orElseThrow().startsWith("Try "), cli.err());
    }

    @Test
    void aMistypedOptionGetsASuggestion() {
        assertEquals(2, cli.run("export", "--widht", "300", "--out", "map.png"));
        assertTrue(cli.err().contains("--width"), cli.err());
    }
}
