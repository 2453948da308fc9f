package org.chaord.atlas.ui.export;

import org.chaord.atlas.export.ExportFormat;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** The file an export writes: the path typed, with its extension matched to the format. */
final class ExportTarget {

    private ExportTarget() {
    }

    /** The absolute path for the typed text, its extension the format's; null when the text is no valid path. */
    static Path of(String text, ExportFormat format) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return null;
        }
        try {
            return withExtension(Path.of(typed), format).toAbsolutePath();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static Path withExtension(Path p, ExportFormat f) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        if (name.isEmpty() || ExportFormat.fromFileName(p) == f) {
            return p;
        }
        String base = ExportFormat.fromFileName(p) != null ? name.substring(0, name.lastIndexOf('.')) : name;
        return p.resolveSibling(base + "." + f.extension());
    }
}
