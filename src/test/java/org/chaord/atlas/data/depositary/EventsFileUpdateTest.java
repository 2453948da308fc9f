package org.chaord.atlas.data.depositary;

import org.chaord.atlas.model.EventType;
import org.chaord.atlas.model.PartialDate;
import org.chaord.atlas.model.StatusEvent;
import org.chaord.atlas.model.TreatyId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** events.csv rewriting: RFC 4180 quoting, line ends and byte-order mark kept, refusal when the file moved on. */
class EventsFileUpdateTest {

    @TempDir
    Path dir;

    private static ImportChange added(String iso3, EventType type, String day) {
        return new ImportChange(ChangeKind.ADDED, iso3, TreatyId.ETS185, type, LocalDate.parse(day), null, iso3, "1");
    }

    @Test
    void keepsCrlfAndTheByteOrderMarkAndQuotesWhatNeedsQuoting() throws IOException {
        Path events = dir.resolve("events.csv");
        String text = "\uFEFFiso3,treaty,event,date,known_by,source,note\r\n"
                + "FRA,ETS185,signed,2001-11-23,,\"CoE, chart\",\"multi\r\nline \"\"note\"\"\"\r\n"
                + "GBR,ETS185,signed,2001-11-23,,CoE,";
        Files.writeString(events, text, StandardCharsets.UTF_8);
        EventsFileUpdate.Result r = EventsFileUpdate.apply(events, List.of(added("FRA", EventType.RATIFIED, "2006-01-10"),
                added("ZAF", EventType.SIGNED, "2001-11-23")), "https://example.org/a,b \"chart\"", "chart.txt");
        assertEquals(text.substring(0, text.indexOf("GBR")) // the multi-line row is kept as it was
                + "FRA,ETS185,ratified,2006-01-10,,\"https://example.org/a,b \"\"chart\"\"\",added by import of chart.txt\r\n"
                + "GBR,ETS185,signed,2001-11-23,,CoE,\r\n"
                + "ZAF,ETS185,signed,2001-11-23,,\"https://example.org/a,b \"\"chart\"\"\",added by import of chart.txt\r\n",
                Files.readString(events, StandardCharsets.UTF_8));
        assertEquals(text, Files.readString(r.backup(), StandardCharsets.UTF_8));
        assertEquals(2, r.added());
    }

    @Test
    void aRowThatIsNoLongerThereStopsTheWholeUpdate() throws IOException {
        Path events = dir.resolve("events.csv");
        String text = "iso3,treaty,event,date,known_by,source,note\nFRA,ETS185,signed,2001-11-23,,CoE,\n";
        Files.writeString(events, text);
        StatusEvent gone = new StatusEvent("GBR", TreatyId.ETS185, EventType.SIGNED, PartialDate.parse("2001-11"), null,
                "CoE", "");
        IOException e = assertThrows(IOException.class, () -> EventsFileUpdate.apply(events, List.of(
                added("ZAF", EventType.SIGNED, "2001-11-23"),
                new ImportChange(ChangeKind.DATED, "GBR", TreatyId.ETS185, EventType.SIGNED, LocalDate.parse("2001-11-23"),
                        gone, "United Kingdom", "3")), "src", "chart.txt"));
        assertTrue(e.getMessage().contains("GBR/ETS185/signed"), e.getMessage());
        assertEquals(text, Files.readString(events));
        try (var files = Files.list(dir)) {
            assertEquals(List.of("events.csv"), files.map(p -> p.getFileName().toString()).toList());
        }
    }
}
