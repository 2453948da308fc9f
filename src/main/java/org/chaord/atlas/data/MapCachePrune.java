package org.chaord.atlas.data;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps the map cache folder from growing without end: each new map file (an update, another checkout, a map named
 * on the command line) gets a cache copy of its own (1.6 MB for 1:50m, 8.7 MB for 1:10m), and nothing else ever
 * removes the old ones. A copy not used for {@link #UNUSED} goes when another is written (a used copy has its time
 * refreshed on each read), and so does a half-written one a crash left behind. Only the cache's own files are
 * touched: the folder is shared with the start-up archive and the kept first frame.
 */
final class MapCachePrune {

    static final Duration UNUSED = Duration.ofDays(30);
    /** A temporary file this old is no write in progress. */
    static final Duration ABANDONED = Duration.ofDays(1);

    private MapCachePrune() {
    }

    /** Removes the stale copies and abandoned temporary files in {@code dir}, never {@code keep}. */
    static void prune(Path dir, Path keep, Instant now) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "map-*.{wkb,tmp}")) {
            for (Path f : files) {
                if (f.equals(keep) || !Files.isRegularFile(f)) {
                    continue;
                }
                Duration age = Duration.between(Files.getLastModifiedTime(f).toInstant(), now);
                Duration limit = f.getFileName().toString().endsWith(".tmp") ? ABANDONED : UNUSED;
                if (age.compareTo(limit) > 0) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException | RuntimeException e) {
            // pruning is housekeeping: a folder that cannot be listed or a file that cannot go stays as it is
        }
    }

    /** A copy just read is in use: its time is refreshed so pruning keeps it. */
    static void markUsed(Path file, Instant now) {
        try {
            Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(now));
        } catch (IOException | RuntimeException e) {
            // a read-only cache is still a cache
        }
    }
}
