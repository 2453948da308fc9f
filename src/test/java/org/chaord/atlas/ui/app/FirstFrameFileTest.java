package org.chaord.atlas.ui.app;

import org.chaord.atlas.data.DataLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A kept start-up frame is shown only for the settings, day and files it was painted from (ADR 0031). */
class FirstFrameFileTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    @TempDir
    Path dir;

    private DataLocation data() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        if (!Files.exists(data.resolve("events.csv"))) {
            Files.writeString(data.resolve("events.csv"), "iso3,treaty,status,date\n");
            Files.writeString(data.resolve("countries.csv"), "iso3,name\n");
            Files.writeString(dir.resolve("map.geojson"), "{}");
        }
        return new DataLocation(data, dir.resolve("map.geojson"), true);
    }

    /** A 95 × 62 map: sea, and a blue country in the middle. */
    private static SavedFrame frame() {
        int[] argb = new int[95 * 62];
        java.util.Arrays.fill(argb, 0xffdbe9f6);
        for (int y = 20; y < 40; y++) {
            java.util.Arrays.fill(argb, y * 95 + 30, y * 95 + 60, 0xff2b8cbe);
        }
        return new SavedFrame("Chaord Atlas", 1280, 800, 0, 83, 95, 62, 0xffffffff, 95, 62, argb);
    }

    @Test
    void theKeyChangesWithTheSettingsTheDayAndEveryDataFile() throws IOException {
        DataLocation data = data();
        String key = FirstFrameKey.of("view=UNCC", DAY, data);
        assertEquals(key, FirstFrameKey.of("view=UNCC", DAY, data), "the same start has the same key");
        assertNotEquals(key, FirstFrameKey.of("view=ETS185", DAY, data), "another view");
        assertNotEquals(key, FirstFrameKey.of("view=UNCC", DAY.plusDays(1), data), "the next day: statuses may move");

        Files.writeString(data.dataDir().resolve("events.csv"), "iso3,treaty,status,date\nFRA,UNCC,signed,2025-10-25\n");
        assertNotEquals(key, FirstFrameKey.of("view=UNCC", DAY, data), "an edited events.csv");

        String edited = FirstFrameKey.of("view=UNCC", DAY, data);
        Files.setLastModifiedTime(data.mapFile(), FileTime.fromMillis(1_000_000));
        assertNotEquals(edited, FirstFrameKey.of("view=UNCC", DAY, data), "a replaced map");

        String before = FirstFrameKey.of("view=UNCC", DAY, data);
        Files.writeString(data.dataDir().resolve("my-indicator.csv"), "iso3,value\n");
        assertNotEquals(before, FirstFrameKey.of("view=UNCC", DAY, data), "a dataset added to the data folder");
    }

    @Test
    void aKeptFrameReadsBackUnderItsKeyOnlyAndLeavesNoTemporaryFile() throws IOException {
        FirstFrameFile file = new FirstFrameFile(dir.resolve("cache").resolve("first-frame.bin"));
        String key = FirstFrameKey.of("view=UNCC", DAY, data());
        file.write(key, frame());

        assertTrue(file.holds(key), "the header names the key");
        SavedFrame read = file.read(key);
        assertNotNull(read);
        assertEquals("Chaord Atlas", read.title());
        assertEquals(83, read.y());
        assertEquals(62, read.height());
        assertArrayEquals(frame().argb(), read.argb(), "the same pixels");
        assertNull(file.read(FirstFrameKey.of("view=ETS185", DAY, data())), "another start's key");
        assertFalse(file.holds(FirstFrameKey.of("view=ETS185", DAY, data())));
        try (Stream<Path> left = Files.list(dir.resolve("cache"))) {
            assertEquals(1, left.count(), "only the kept frame: no temporary file");
        }
    }

    @Test
    void aDamagedCutOrMissingFileMeansNoKeptFrame() throws IOException {
        Path path = dir.resolve("first-frame.bin");
        FirstFrameFile file = new FirstFrameFile(path);
        String key = FirstFrameKey.of("view=UNCC", DAY, data());
        assertNull(file.read(key), "nothing kept yet");

        file.write(key, frame());
        byte[] bytes = Files.readAllBytes(path);
        byte[] flipped = bytes.clone();
        flipped[bytes.length - 3] ^= 0x10; // one bit of the compressed pixels
        Files.write(path, flipped);
        assertNull(file.read(key), "a flipped bit");

        Files.write(path, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertNull(file.read(key), "a torn write");

        Files.write(path, bytes);
        assertNotNull(file.read(key), "the whole file again");
        assertNull(new FirstFrameFile(null).read(key), "nothing is kept when nothing is remembered");
    }
}
