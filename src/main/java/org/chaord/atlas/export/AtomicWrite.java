package org.chaord.atlas.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a whole file (a chart, a table) the way every export does, through {@link AtomicFileTarget}: a temporary
 * file next to the target, moved over it when complete; on failure the temporary file goes and the target is
 * untouched; a target that is not a regular file is refused.
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
        Path temp = AtomicFileTarget.begin(file);
        try {
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                content.writeTo(os);
            }
            AtomicFileTarget.commit(temp, file);
        } catch (IOException | RuntimeException | Error e) {
            AtomicFileTarget.abandon(temp);
            throw e;
        }
        return file;
    }
}
