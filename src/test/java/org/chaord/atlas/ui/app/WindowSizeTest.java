package org.chaord.atlas.ui.app;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A remembered window size never runs off the screen it opens on. */
class WindowSizeTest {

    @Test
    void theDefaultSizeFitsAClassroomLaptopWithItsTitleBar() {
        WindowSize s = WindowSize.fit(1400, 860, 1366, 768 - 40); // 1366 × 768 less a 40 px task bar
        assertTrue(s.width() + WindowSize.FRAME_WIDTH <= 1366, "width " + s.width());
        assertTrue(s.height() + WindowSize.FRAME_HEIGHT <= 728, "height " + s.height());
    }

    @Test
    void aSizeThatFitsIsKept() {
        assertEquals(new WindowSize(1400, 860), WindowSize.fit(1400, 860, 1920, 1040));
    }

    @Test
    void aTinyScreenGetsTheWholeScreenNotMore() {
        WindowSize s = WindowSize.fit(1400, 860, 640, 480);
        assertTrue(s.width() <= 640 && s.height() <= 480, s.toString());
    }
}
