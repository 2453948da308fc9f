package org.chaord.atlas;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

/**
 * Looks after the start-up archive the installed launcher names ({@code -Datlas.startup.archive}, beside
 * {@code -XX:SharedArchiveFile}; docs/decisions/0028). The JVM writes it at the exit of a start that found none, with
 * the classes that start loaded, and maps it at every later start.
 * <ul>
 * <li>JDK 25 exits with an error when the archive's folder is missing, so the folder is made first.</li>
 * <li>A command-line run that finds no archive would leave one without the window's classes, used ever after: it
 *     leaves a mark, and the next window start removes that archive, so the start after it writes the window's.</li>
 * <li>An archive older than a jar of the class path (the same version installed again, or an image rebuilt) no
 *     longer matches it; JDK 25 then runs without it and never writes another, so every start would be a cold one.
 *     It is removed, and the next start writes one that matches.</li>
 * </ul>
 */
final class StartupArchive {

    static final String PROPERTY = "atlas.startup.archive";

    private StartupArchive() {
    }

    /** Before the app or the command line starts; a path the launcher could not expand is left alone. */
    static void prepare(String archive, boolean desktop) {
        prepare(archive, desktop, Stream.of(System.getProperty("java.class.path", "").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank()).map(Path::of).toList());
    }

    static void prepare(String archive, boolean desktop, List<Path> classPath) {
        if (archive == null || archive.isBlank() || archive.contains("$")) {
            return;
        }
        Path file = Path.of(archive).toAbsolutePath();
        Path commandLineMark = file.resolveSibling(file.getFileName() + ".command-line");
        try {
            Files.createDirectories(file.getParent());
            boolean found = Files.exists(file);
            if (found && olderThanAny(file, classPath)) {
                // this start found an archive, so its JVM writes none at exit: the next start does
                Files.delete(file);
                Files.deleteIfExists(commandLineMark);
            } else if (!desktop && !found) {
                Files.writeString(commandLineMark, "written by a command-line run: no window classes\n");
            } else if (desktop && Files.exists(commandLineMark)) {
                Files.deleteIfExists(file);
                Files.delete(commandLineMark);
            }
        } catch (IOException | RuntimeException e) {
            // the archive stays as it is: the app runs as it would without one
        }
    }

    private static boolean olderThanAny(Path archive, List<Path> classPath) throws IOException {
        FileTime written = Files.getLastModifiedTime(archive);
        for (Path entry : classPath) {
            if (Files.isRegularFile(entry) && Files.getLastModifiedTime(entry).compareTo(written) > 0) {
                return true;
            }
        }
        return false;
    }
}
