package org.chaord.atlas.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 14, reproduction 7: a date far outside 1900–2100 is a problem at its cell, not a crash of the timeline. */
class DateLimitsTest {

    @TempDir
    Path tmp;

    @Test
    void aKnownByInTheYear999999999IsRejectedAtItsCell() throws IOException {
        DataFolder folder = new DataFolder(tmp);
        folder.eventsWithRowAtLine4("VNM,ETS185,signed,,+999999999-12-31,src,");
        LoadResult r = folder.load();
        assertEquals(1, r.problems().size(), r.problems().toString());
        LoadProblem p = r.problems().get(0);
        assertEquals("events.csv:4:5", p.file() + ":" + p.line() + ":" + p.column());
        assertTrue(p.message().contains("1900–2100"), p.message());
        // the timeline's arithmetic over every change day must not throw
        for (var view : r.atlas().views()) {
            for (LocalDate day : r.atlas().history().changeDays(view)) {
                r.atlas().countsOn(view, day.plusDays(1));
            }
        }
    }

    @Test
    void aJoinedYear1850IsRejected() throws IOException {
        DataFolder folder = new DataFolder(tmp);
        folder.write("groups.csv", DataFolder.GROUPS + "EU,VNM,1850,,x\n");
        LoadResult r = folder.load();
        assertEquals(1, r.problems().size(), r.problems().toString());
        assertEquals("groups.csv:4:3", r.problems().get(0).file() + ":" + r.problems().get(0).line() + ":"
                + r.problems().get(0).column());
    }
}
