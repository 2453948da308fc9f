package org.chaord.atlas.export;

import java.nio.file.Path;
import java.util.Locale;

/** The file formats an atlas figure can be exported to. */
public enum ExportFormat {
    PNG("png"),
    SVG("svg"),
    PDF("pdf");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** The file name extension, without the dot: {@code png}, {@code svg}, {@code pdf}. */
    public String extension() {
        return extension;
    }

    /** Parses {@code png}, {@code svg} or {@code pdf} (case-insensitive). */
    public static ExportFormat fromId(String id) {
        for (ExportFormat f : values()) {
            if (id != null && f.extension.equalsIgnoreCase(id.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + id + "' (expected png, svg or pdf)");
    }

    /** The format a file name's extension names, or null when it names none. */
    public static ExportFormat fromFileName(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        String ext = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (f.extension.equals(ext)) {
                return f;
            }
        }
        return null;
    }
}
