package org.chaord.atlas;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The start-up archive's folder exists before the first start ends, and an archive a command-line run made (without
 * the window's classes) is replaced by one a window start makes.
 */
class StartupArchiveTest {

    @TempDir
    Path home;

    private Path archive() {
        return home.resolve(".cache/chaord-atlas/startup-1.jsa");
    }

    /** What the JVM does at the exit of a start that found no archive. */
    private void jvmExits() throws Exception {
        if (!Files.exists(archive())) {
            Files.writeString(archive(), "archive");
        }
    }

    @Test
    void theArchivesFolderIsMadeWithItsParents() {
        StartupArchive.prepare(archive().toString(), true);
        assertTrue(Files.isDirectory(archive().getParent()));
        assertFalse(Files.exists(archive()), "the JVM writes the archive itself");
    }

    @Test
    void aWindowStartKeepsItsOwnArchive() throws Exception {
        StartupArchive.prepare(archive().toString(), true);
        jvmExits();
        StartupArchive.prepare(archive().toString(), true);
        assertTrue(Files.exists(archive()));
        StartupArchive.prepare(archive().toString(), false);
        assertTrue(Files.exists(archive()), "a command-line run uses the window's archive as it is");
    }

    @Test
    void anArchiveFromACommandLineRunIsRemovedAtTheNextWindowStartOnly() throws Exception {
        StartupArchive.prepare(archive().toString(), false);
        jvmExits();
        StartupArchive.prepare(archive().toString(), false);
        assertTrue(Files.exists(archive()), "command-line runs keep using it");
        StartupArchive.prepare(archive().toString(), true);
        assertFalse(Files.exists(archive()), "the window start after it writes the window's archive");
        jvmExits();
        StartupArchive.prepare(archive().toString(), true);
        assertTrue(Files.exists(archive()), "and that one stays");
    }

    @Test
    void aPathTheLauncherDidNotExpandMakesNothing() {
        StartupArchive.prepare(home.resolve("$HOME/.cache/startup-1.jsa").toString(), true);
        assertFalse(Files.exists(home.resolve("$HOME")));
    }

    @Test
    void aFolderThatCannotBeMadeIsNoError() throws Exception {
        Path file = Files.writeString(home.resolve("not-a-folder"), "x");
        StartupArchive.prepare(file.resolve("startup-1.jsa").toString(), false);
        assertTrue(Files.isRegularFile(file));
    }
}
