package org.chaord.atlas;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Looks after the start-up archive the installed launcher names ({@code -Datlas.startup.archive}, beside
 * {@code -XX:SharedArchiveFile}; docs/decisions/0028). The JVM writes it at the exit of a start that found none, with
 * the classes that start loaded, and maps it at every later start.
 * <ul>
 * <li>JDK 25 exits with an error when the archive's folder is missing, so the folder is made first.</li>
 * <li>A command-line run that finds no archive would leave one without the window's classes, used ever after: it
 *     leaves a mark, and the next window start removes that archive, so the start after it writes the window's.</li>
 * </ul>
 */
final class StartupArchive {

    static final String PROPERTY = "atlas.startup.archive";

    private StartupArchive() {
    }

    /** Before the app or the command line starts; a path the launcher could not expand is left alone. */
    static void prepare(String archive, boolean desktop) {
        if (archive == null || archive.isBlank() || archive.contains("$")) {
            return;
        }
        Path file = Path.of(archive).toAbsolutePath();
        Path commandLineMark = file.resolveSibling(file.getFileName() + ".command-line");
        try {
            Files.createDirectories(file.getParent());
            if (!desktop && !Files.exists(file)) {
                Files.writeString(commandLineMark, "written by a command-line run: no window classes\n");
            } else if (desktop && Files.exists(commandLineMark)) {
                Files.deleteIfExists(file);
                Files.delete(commandLineMark);
            }
        } catch (IOException | RuntimeException e) {
            // the archive stays as it is: the app runs as it would without one
        }
    }
}
