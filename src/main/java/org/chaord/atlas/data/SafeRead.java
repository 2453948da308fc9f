package org.chaord.atlas.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a whole data or map file as bytes, refusing what would hang or exhaust memory: a FIFO or device (opening a
 * FIFO blocks until someone writes to it, {@code /dev/zero} never ends), a directory, or a file over
 * {@link ReadLimits}. Links are followed, and judged by what they point to.
 */
final class SafeRead {

    /** Why a file was not read, as one sentence for a {@link LoadProblem}. */
    static final class RefusedFile extends Exception {
        private static final long serialVersionUID = 1L;

        RefusedFile(String message) {
            super(message);
        }
    }

    private SafeRead() {
    }

    static byte[] bytes(Path path) throws RefusedFile {
        return bytes(path, ReadLimits.current());
    }

    static byte[] bytes(Path path, ReadLimits limits) throws RefusedFile {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new RefusedFile("file not found: " + path.toAbsolutePath());
        } catch (IOException e) {
            throw new RefusedFile("cannot read the file: " + message(e));
        }
        if (!attributes.isRegularFile()) {
            throw new RefusedFile("not a regular file (" + (attributes.isDirectory() ? "a folder"
                    : "a pipe, device or socket") + "): skipped");
        }
        long max = limits.maxFileBytes();
        if (attributes.size() > max) {
            throw new RefusedFile(tooLarge(attributes.size(), max));
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = in.readNBytes((int) max + 1);
            if (bytes.length > max) {
                throw new RefusedFile(tooLarge(bytes.length, max));
            }
            return bytes;
        } catch (IOException e) {
            throw new RefusedFile("cannot read the file: " + message(e));
        }
    }

    private static String tooLarge(long size, long max) {
        return "the file is larger (" + size + " bytes) than the limit of " + max + " bytes; raise it with -D"
                + ReadLimits.PROPERTY + "=MB or " + ReadLimits.ENVIRONMENT + "=MB";
    }

    private static String message(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
