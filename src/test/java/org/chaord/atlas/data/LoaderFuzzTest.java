package org.chaord.atlas.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14: a seeded fuzz run over the bundled data and map, small enough for every build (the long run is
 * {@code bash bench/fuzz.sh}). Nothing escapes, nothing hangs, every problem has a line, and no valid row away from
 * the damaged line is lost.
 */
class LoaderFuzzTest {

    @Test
    void mutatedDataFilesAndMapLoseOnlyTheDamagedLine(@TempDir Path work) throws IOException {
        LoaderFuzzer.Outcome o = new LoaderFuzzer(14, work, 30).run(BundledCopy.DATA, BundledCopy.MAP, 10, 3);
        assertEquals(4 * 10 + 3, o.inputs());
        assertTrue(o.clean(), o.toString());
    }
}
