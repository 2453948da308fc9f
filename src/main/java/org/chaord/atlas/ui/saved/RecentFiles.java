package org.chaord.atlas.ui.saved;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The views and datasets opened lately, newest first, at most {@value #MAX}; a file opened again moves to the top.
 * The list is remembered as text lines ({@link #lines()}, {@link #restore}); FX thread only.
 */
public final class RecentFiles {

    public static final int MAX = 8;

    private final ObservableList<RecentFile> files = FXCollections.observableArrayList();
    private final ObservableList<RecentFile> shown = FXCollections.unmodifiableObservableList(files);

    /** Newest first (unmodifiable; observe it to remember the list). */
    public ObservableList<RecentFile> files() {
        return shown;
    }

    /** Puts a file at the top (once: an older entry of the same file goes). */
    public void add(RecentFile file) {
        List<RecentFile> next = new ArrayList<>(files);
        next.removeIf(f -> f.file().equals(file.file()));
        next.add(0, file);
        files.setAll(next.subList(0, Math.min(MAX, next.size())));
    }

    /** Takes a file off the list (it was not found). */
    public void remove(Path file) {
        Path p = file.toAbsolutePath().normalize();
        files.removeIf(f -> f.file().equals(p));
    }

    /** The list as preference lines, newest first. */
    public List<String> lines() {
        return files.stream().map(RecentFile::encode).toList();
    }

    /** The remembered lines (unreadable ones skipped, duplicates and the excess dropped). */
    public void restore(List<String> lines) {
        List<RecentFile> read = new ArrayList<>();
        for (String line : lines) {
            Optional<RecentFile> f = RecentFile.decode(line);
            if (f.isPresent() && read.stream().noneMatch(r -> r.file().equals(f.get().file())) && read.size() < MAX) {
                read.add(f.get());
            }
        }
        files.setAll(read);
    }
}
