package org.chaord.atlas.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 14, reproduction 17: only absolute web links with a host and no user-info are opened. */
class SourceLinksTest {

    @ParameterizedTest
    @ValueSource(strings = {"http:/etc/passwd", "https:relative", "http://user@evil.example/",
            "https://treaties.un.org@evil.example/doc", "file:///etc/passwd", "javascript:alert(1)", "http://",
            "//treaties.un.org/doc", "UNTC XVIII-16", "ftp://example.org/x", "http:///path", " ", ""})
    void refused(String link) {
        assertTrue(SourceLinks.openable(link).isEmpty(), link);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20XVIII/XVIII-16.en.xml",
            "http://www.mofa.go.jp/announce/announce/2012/7/0704_01.html", "HTTPS://www.coe.int/en/web/conventions",
            "https://example.org:8443/a?b=c#d"})
    void opened(String link) {
        assertEquals(link, SourceLinks.openable(link).orElseThrow().toString());
    }
}
