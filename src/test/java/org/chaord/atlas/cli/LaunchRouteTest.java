package org.chaord.atlas.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A double-click on a CSV opens the app with it; a subcommand, or a file that is not there, is the command line. */
class LaunchRouteTest {

    @TempDir
    Path dir;

    @Test
    void noArgumentOpensTheApp() {
        LaunchRoute route = LaunchRoute.of();
        assertTrue(route.desktop());
        assertEquals(List.of(), route.datasets());
    }

    @Test
    void anExistingCsvOpensTheAppWithIt() throws IOException {
        Path csv = Files.writeString(dir.resolve("Internet Users.CSV"), "iso3,users\nFRA,1\n");
        LaunchRoute route = LaunchRoute.of(csv.toString());
        assertTrue(route.desktop());
        assertEquals(List.of(csv.toAbsolutePath()), route.datasets());
        assertArrayEquals(new String[] {csv.toAbsolutePath().toString()}, route.appArguments());
    }

    @Test
    void subcommandsAndMissingFilesGoToTheCommandLine() throws IOException {
        assertFalse(LaunchRoute.of("validate").desktop());
        assertFalse(LaunchRoute.of("status", "--view", "UNCC").desktop());
        assertFalse(LaunchRoute.of(dir.resolve("missing.csv").toString()).desktop(), "the CLI says it is missing");
        Path notCsv = Files.writeString(dir.resolve("notes.txt"), "x");
        assertFalse(LaunchRoute.of(notCsv.toString()).desktop());
        Path folder = Files.createDirectory(dir.resolve("folder.csv"));
        assertFalse(LaunchRoute.of(folder.toString()).desktop());
    }

    @Test
    void aSavedViewOpensTheAppWithItAndAPlainJsonFileDoesNot() throws IOException {
        Path view = Files.writeString(dir.resolve("Hanoi.View.json"), "{}");
        Path csv = Files.writeString(dir.resolve("users.csv"), "iso3,users\nFRA,1\n");
        LaunchRoute route = LaunchRoute.of(csv.toString(), view.toString());
        assertTrue(route.desktop());
        assertArrayEquals(new String[] {csv.toAbsolutePath().toString(), view.toAbsolutePath().toString()},
                route.appArguments());
        Path json = Files.writeString(dir.resolve("data.json"), "{}");
        assertFalse(LaunchRoute.of(json.toString()).desktop(), "any other JSON goes to the command line");
        assertFalse(LaunchRoute.of(dir.resolve("missing.view.json").toString()).desktop());
    }
}
