package org.chaord.atlas.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The man page is made from the command model: every command and option a user can type is on it. */
class ManPageTest {

    @Test
    void listsEveryCommandAndItsOptions() {
        String page = ManPage.render();
        assertTrue(page.startsWith(".TH CHAORD\\-ATLAS 1"), page);
        for (var sub : AtlasCli.commandLine(new java.io.PrintWriter(java.io.Writer.nullWriter()), new java.io.PrintWriter(java.io.Writer.nullWriter())).getSubcommands().values()) {
            assertTrue(page.contains(".SS " + ManPage.escape(sub.getCommandName()) + "\n"), sub.getCommandName());
            for (var option : sub.getCommandSpec().options()) {
                assertTrue(page.contains(ManPage.escape(option.longestName())), option.longestName());
            }
        }
        assertFalse(page.contains("${"), "no unresolved picocli variables");
    }

    @Test
    void escapesWhatRoffWouldReadAsCommands() {
        assertEquals("\\&.hidden \\e \\-\\-data", ManPage.escape(".hidden \\ --data"));
        assertEquals("a\n\\&.b", ManPage.escape("a\n.b"));
    }
}
