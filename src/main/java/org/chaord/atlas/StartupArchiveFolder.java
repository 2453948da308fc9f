package org.chaord.atlas;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Makes the folder of the start-up archive the installed launcher names ({@code -Datlas.startup.archive}, beside
 * {@code -XX:SharedArchiveFile}; docs/decisions/0028). The JVM writes the archive at exit and, on JDK 25, exits with
 * an error when its folder is missing, so the folder must exist before the first start ends.
 */
final class StartupArchiveFolder {

    static final String PROPERTY = "atlas.startup.archive";

    private StartupArchiveFolder() {
    }

    /** Creates the archive's folder if the property names one; a path the launcher could not expand is left alone. */
    static void ensure(String archive) {
        if (archive == null || archive.isBlank() || archive.contains("$")) {
            return;
        }
        Path folder = Path.of(archive).toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException | RuntimeException e) {
            // no archive this time: the app runs as it would without one
        }
    }
}
