package org.chaord.atlas.ui.panel;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A source link in the side panel reaches the browser only when it is a plain web address. */
class SourceOpenerTest {

    private final List<URI> opened = new ArrayList<>();
    private final SourceOpener opener = new SourceOpener(opened::add);

    @Test
    void aDepositaryPageIsOpened() {
        assertTrue(opener.open("https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-16"));
        assertEquals(List.of(URI.create("https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-16")),
                opened);
    }

    @Test
    void linksThatShowOneHostAndGoElsewhereOrHaveNoHostAreNotOpened() {
        for (String bad : List.of("http://user@evil.example/", "https://coe.int@evil.example/x", "http:/etc/passwd",
                "https:relative", "file:///etc/passwd", "javascript:alert(1)", "Council of Europe Treaty Office", "")) {
            assertFalse(opener.open(bad), bad);
        }
        assertEquals(List.of(), opened, "nothing reached the browser");
    }
}
