package org.chaord.atlas.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file the way every export does: into a new temporary file next to the target, then moved over it; on any
 * failure the temporary file is deleted and an existing target is untouched. (The same steps as {@link ExportService}'s
 * figure writing; to be one helper once the writers' safety work lands.)
 */
public final class AtomicWrite {

    /** Writes the content; may throw. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicWrite() {
    }

    /** Writes {@code content} to {@code target}; returns the absolute target. */
    public static Path write(Path target, Content content) throws IOException {
        Path file = target.toAbsolutePath().normalize();
        Path dir = file.getParent();
        Files.createDirectories(dir);
        if (Files.isDirectory(file)) {
            throw new IOException("cannot write " + file + ": it is a directory");
        }
        Path temp = createTemp(dir, file.getFileName().toString());
        try {
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                content.writeTo(os);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return file;
    }

    /** A new empty file next to the target, with the directory's default permissions (not createTempFile's 0600). */
    private static Path createTemp(Path dir, String name) throws IOException {
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
}
