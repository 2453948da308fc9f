package org.chaord.atlas.export;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file the safe way: into {@code .NAME.<random>.tmp} next to the target, then moved over it, so a reader
 * never sees half a file. A target that exists and is not a regular file (a device, a FIFO, a folder, a link to
 * one) is refused rather than replaced. Temporary files of the same target left by a killed export (older than
 * {@link #STALE}, so a parallel export's are kept) are swept when the next export to that path begins.
 */
public final class AtomicFileTarget {

    static final Duration STALE = Duration.ofMinutes(1);

    private AtomicFileTarget() {
    }

    /** Checks the target, sweeps stale temporary files and creates a new empty temporary file for it. */
    public static Path begin(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            throw new IOException("cannot write " + absolute + ": " + (Files.isDirectory(absolute)
                    ? "it is a directory" : "it exists and is not a regular file (a device, pipe or socket)"));
        }
        if (Files.isSymbolicLink(absolute) && !Files.exists(absolute)) {
            throw new IOException("cannot write " + absolute + ": it is a broken link");
        }
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        String name = absolute.getFileName().toString();
        sweepStale(dir, name);
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }

    /** Moves the finished temporary file over the target (atomically where the file system can). */
    public static void commit(Path temp, Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            throw new IOException("cannot write " + absolute + ": it exists and is not a regular file");
        }
        try {
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes a temporary file after a failure; never throws over the failure being reported. */
    public static void abandon(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // the next export to this path sweeps it
        }
    }

    private static void sweepStale(Path dir, String name) {
        String prefix = "." + name + ".";
        FileTime cutoff = FileTime.fromMillis(System.currentTimeMillis() - STALE.toMillis());
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, p -> {
            String n = p.getFileName().toString();
            return n.startsWith(prefix) && n.endsWith(".tmp") && n.length() > prefix.length() + 4;
        })) {
            for (Path stale : entries) {
                if (Files.isRegularFile(stale, LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(stale, LinkOption.NOFOLLOW_LINKS).compareTo(cutoff) < 0) {
                    Files.deleteIfExists(stale);
                }
            }
        } catch (IOException e) {
            // sweeping is a courtesy; the export itself goes on
        }
    }
}
