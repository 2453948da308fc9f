package org.chaord.atlas;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

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
    void anArchiveOlderThanAJarOfTheClassPathIsRemovedSoTheNextStartWritesOneThatMatches() throws Exception {
        Path jar = Files.writeString(home.resolve("chaord-atlas.jar"), "the app");
        Path other = Files.writeString(home.resolve("jts-core.jar"), "a library");
        StartupArchive.prepare(archive().toString(), true, List.of(jar, other));
        jvmExits();
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        Files.setLastModifiedTime(other, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        StartupArchive.prepare(archive().toString(), true, List.of(jar, other, home.resolve("classes")));
        assertTrue(Files.exists(archive()), "an archive newer than every jar stays");
        Files.setLastModifiedTime(other, FileTime.fromMillis(System.currentTimeMillis() + 60_000)); // installed again
        StartupArchive.prepare(archive().toString(), false, List.of(jar, other));
        assertFalse(Files.exists(archive()), "the JVM would never replace an archive that no longer matches");
        jvmExits();
        StartupArchive.prepare(archive().toString(), true, List.of(jar));
        assertTrue(Files.exists(archive()), "the archive written after it stays");
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
