package org.chaord.atlas.ui.export;

import org.chaord.atlas.export.ExportSpec;
import org.chaord.atlas.i18n.Texts;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/** How a failed export is told: what went wrong in the user's words, never an exception's class name. */
final class ExportErrors {

    private ExportErrors() {
    }

    static String describe(Texts t, Throwable e, ExportSpec spec, Path target) {
        if (e instanceof OutOfMemoryError) {
            return t.get("export.error.memory", spec.width(), spec.height());
        }
        if (e instanceof FileSystemException fs) {
            String reason = e instanceof AccessDeniedException ? t.get("export.reason.denied")
                    : e instanceof NoSuchFileException ? t.get("export.reason.missing")
                    : e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException
                    ? t.get("export.reason.notFolder")
                    : fs.getReason() != null ? fs.getReason() : t.get("export.reason.other");
            return t.get("export.error.write", fs.getFile() != null ? fs.getFile() : target, reason);
        }
        if (e instanceof IOException) {
            return t.get("export.error.write", target, e.getMessage());
        }
        String why = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        return t.get("export.error.failed", why);
    }

    static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        if (n < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.0f kB", n / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", n / (1024.0 * 1024.0));
    }
}
