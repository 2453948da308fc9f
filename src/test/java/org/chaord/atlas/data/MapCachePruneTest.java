package org.chaord.atlas.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The map cache folder does not grow without end, and keeps what is in use and what is not its own. */
class MapCachePruneTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    private static Path file(Path dir, String name, Duration age) throws Exception {
        Path f = Files.writeString(dir.resolve(name), "x");
        Files.setLastModifiedTime(f, FileTime.from(NOW.minus(age)));
        return f;
    }

    @Test
    void oldCopiesAndAbandonedWritesGoWhatIsInUseOrNotTheCachesStays(@TempDir Path dir) throws Exception {
        Path stale = file(dir, "map-aaaaaaaaaaaaaaaaaaaaaaaa.wkb", Duration.ofDays(40));
        Path recent = file(dir, "map-bbbbbbbbbbbbbbbbbbbbbbbb.wkb", Duration.ofDays(2));
        Path justWritten = file(dir, "map-cccccccccccccccccccccccc.wkb", Duration.ofDays(90));
        Path abandoned = file(dir, "map-123.tmp", Duration.ofDays(2));
        Path writing = file(dir, "map-456.tmp", Duration.ofMinutes(1));
        Path frame = file(dir, "first-frame.bin", Duration.ofDays(90));
        Path archive = file(dir, "startup-0.1.0.jsa", Duration.ofDays(90));

        MapCachePrune.prune(dir, justWritten, NOW);

        assertFalse(Files.exists(stale), "a copy unused for 40 days");
        assertFalse(Files.exists(abandoned), "a temporary file a crash left two days ago");
        assertTrue(Files.exists(recent), "a copy used two days ago");
        assertTrue(Files.exists(justWritten), "the copy just written");
        assertTrue(Files.exists(writing), "a write in progress");
        assertTrue(Files.exists(frame) && Files.exists(archive), "the folder's other files are not the cache's");
    }

    @Test
    void readingACopyMarksItInUseSoAnotherMapsWriteKeepsIt(@TempDir Path dir) throws Exception {
        Path map = Files.writeString(dir.resolve("map.geojson"), """
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"iso3":"AAA"},
                "geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}}]}""",
                StandardCharsets.UTF_8);
        MapCache cache = new MapCache(dir.resolve("cache"));
        cache.read(map, new ArrayList<>()); // parsed, cache written
        Path copy = cache.cacheFile(map);
        assertTrue(Files.exists(copy), "the first read wrote the cache");
        Files.setLastModifiedTime(copy, FileTime.from(Instant.now().minus(Duration.ofDays(40))));

        cache.read(map, new ArrayList<>()); // served from the cache: in use again
        MapCachePrune.prune(copy.getParent(), null, Instant.now());

        assertTrue(Files.exists(copy), "a copy read today is kept");
    }
}
