package org.chaord.atlas.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 14, reproduction 11: a FIFO or a link to /dev/zero in the data folder is skipped with a problem. */
class NonRegularFilesTest {

    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aFifoAndALinkToDevZeroAreSkippedAndTheRestLoads() throws Exception {
        DataFolder folder = new DataFolder(tmp);
        Process mkfifo = new ProcessBuilder("mkfifo", folder.dir.resolve("extra.csv").toString()).start();
        assertEquals(0, mkfifo.waitFor());
        Files.createSymbolicLink(folder.dir.resolve("zero.csv"), Path.of("/dev/zero"));
        LoadResult r = folder.load();
        assertEquals(2, r.problems().size(), r.problems().toString());
        for (LoadProblem p : r.problems()) {
            assertTrue(p.message().contains("not a regular file"), p.toString());
        }
        assertEquals(4, r.atlas().countries().size());
        assertEquals(2, r.atlas().groups().size());
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aCoreFileThatIsAFifoIsAProblemNotAHang() throws Exception {
        DataFolder folder = new DataFolder(tmp);
        Files.delete(folder.dir.resolve("groups.csv"));
        Process mkfifo = new ProcessBuilder("mkfifo", folder.dir.resolve("groups.csv").toString()).start();
        assertEquals(0, mkfifo.waitFor());
        LoadResult r = folder.load();
        assertEquals(1, r.problems().size(), r.problems().toString());
        assertEquals("groups.csv", r.problems().get(0).file());
        assertEquals(4, r.atlas().countries().size());
    }

    @Test
    void aCsvOverTheSizeLimitIsRefused() throws IOException {
        DataFolder folder = new DataFolder(tmp);
        folder.write("big.csv", "iso3,x\n" + "FRA,1\n".repeat(300_000));
        String before = System.getProperty(ReadLimits.PROPERTY);
        System.setProperty(ReadLimits.PROPERTY, "1");
        LoadResult r;
        try {
            r = folder.load();
        } finally {
            if (before == null) {
                System.clearProperty(ReadLimits.PROPERTY);
            } else {
                System.setProperty(ReadLimits.PROPERTY, before);
            }
        }
        assertEquals(1, r.problems().size(), r.problems().toString());
        assertEquals("big.csv", r.problems().get(0).file());
        assertTrue(r.problems().get(0).message().contains("limit"));
    }
}
