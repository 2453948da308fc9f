package org.chaord.atlas;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The folder the JVM writes the start-up archive into exists before the first start ends. */
class StartupArchiveFolderTest {

    @TempDir
    Path home;

    @Test
    void theArchivesFolderIsMadeWithItsParents() {
        Path archive = home.resolve(".cache/chaord-atlas/startup-1.jsa");
        StartupArchiveFolder.ensure(archive.toString());
        assertTrue(Files.isDirectory(archive.getParent()));
        assertFalse(Files.exists(archive), "the JVM writes the archive itself");
    }

    @Test
    void aPathTheLauncherDidNotExpandMakesNothing() {
        Path unexpanded = home.resolve("$HOME/.cache/startup-1.jsa");
        StartupArchiveFolder.ensure(unexpanded.toString());
        assertFalse(Files.exists(home.resolve("$HOME")));
    }

    @Test
    void aFolderThatCannotBeMadeIsNoError() throws Exception {
        Path file = Files.writeString(home.resolve("not-a-folder"), "x");
        StartupArchiveFolder.ensure(file.resolve("startup-1.jsa").toString());
        assertTrue(Files.isRegularFile(file));
    }
}
