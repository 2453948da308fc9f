package org.chaord.atlas.ui.saved;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** A file opened lately: a saved view or an indicator dataset, by its absolute path. */
public record RecentFile(Path file, Kind kind) {

    /** What opening it again does. */
    public enum Kind { VIEW, DATASET }

    public RecentFile {
        file = file.toAbsolutePath().normalize();
    }

    /** One line for the preferences: {@code view<TAB>/path}. */
    String encode() {
        return kind.name().toLowerCase(Locale.ROOT) + "\t" + file;
    }

    /** A remembered line; empty when it does not parse (an older or edited preference is skipped, not fatal). */
    static Optional<RecentFile> decode(String line) {
        int tab = line.indexOf('\t');
        if (tab < 0) {
            return Optional.empty();
        }
        try {
            Kind kind = Kind.valueOf(line.substring(0, tab).toUpperCase(Locale.ROOT));
            return Optional.of(new RecentFile(Path.of(line.substring(tab + 1)), kind));
        } catch (IllegalArgumentException e) { // an unknown kind, or an InvalidPathException
            return Optional.empty();
        }
    }
}
