package org.chaord.atlas.data;

import org.chaord.atlas.model.IndicatorDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14, reproductions 5 and 6: a long quoted field and a big indicator file with a stray quote are read in one
 * pass. The work is counted (characters handed to the parser), not timed; the timeouts only stop a regression from
 * hanging the build.
 */
class LinearReadTest {

    @TempDir
    Path tmp;

    /** A 1 MB note over 16,000 lines, quoted, with commas and doubled quotes inside. */
    static String longNote() {
        StringBuilder note = new StringBuilder();
        for (int i = 0; note.length() < 1 << 20; i++) {
            note.append("line ").append(i).append(", the \"\"depositary\"\" notification says so\n");
        }
        return note.toString();
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aOneMegabyteQuotedNoteIsReadWholeInOnePass() throws IOException {
        BundledCopy data = new BundledCopy(tmp);
        List<String> lines = data.lines(AtlasLoader.EVENTS);
        int at = BundledCopy.plainRowFrom(lines, 20);
        String note = longNote();
        lines.set(at, BundledCopy.withField(lines.get(0), lines.get(at), "note", "\"" + note + "\""));
        int width = lines.get(0).split(",").length;
        int noteColumn = List.of(lines.get(0).split(",")).indexOf("note");
        data.write(AtlasLoader.EVENTS, lines);
        Path events = data.dir.resolve(AtlasLoader.EVENTS);
        List<LoadProblem> problems = new ArrayList<>();
        byte[] bytes = Files.readAllBytes(events);
        TextLines text = TextLines.decode(bytes, AtlasLoader.EVENTS, problems);
        CsvRecords records = new CsvRecords(AtlasLoader.EVENTS, problems);
        List<CsvRecords.Record> read = records.read(text, 1, width);
        assertTrue(problems.isEmpty(), problems.toString());
        assertEquals(lines.size() - 1, read.size());
        assertEquals(note.replace("\"\"", "\""), read.get(at - 1).values()[noteColumn]);
        assertTrue(records.charsParsed() <= 3L * bytes.length, records.charsParsed() + " chars parsed for "
                + bytes.length + " bytes: not linear");
        LoadResult r = data.load();
        assertEquals(BundledCopy.eventCount(BundledCopy.pristine()), BundledCopy.eventCount(r));
    }

    /** 200,000 rows × 20 columns: 10,000 countries' codes × 20 years, a stray quote on line 2 when asked. */
    static Path bigIndicator(Path dir, boolean strayQuote) throws IOException {
        StringBuilder csv = new StringBuilder("iso3,year");
        for (int c = 2; c < 20; c++) {
            csv.append(",v").append(c);
        }
        csv.append('\n');
        int line = 1;
        for (int country = 0; country < 10_000; country++) {
            String iso3 = "" + (char) ('A' + country / 676 % 26) + (char) ('A' + country / 26 % 26) + (char) ('A' + country % 26);
            for (int year = 2000; year < 2020; year++) {
                line++;
                csv.append(line == 2 && strayQuote ? "\"" : "").append(iso3).append(',').append(year);
                for (int c = 2; c < 20; c++) {
                    csv.append(',').append(country % 97 + c * 0.5);
                }
                csv.append('\n');
            }
        }
        return Files.writeString(dir.resolve("big_indicator.csv"), csv, StandardCharsets.UTF_8);
    }

    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void a200000RowIndicatorWithAStrayQuoteOnLine2LosesLine2Only() throws IOException {
        Path file = bigIndicator(tmp, true);
        List<LoadProblem> problems = new ArrayList<>();
        TextLines text = TextLines.decode(Files.readAllBytes(file), "big_indicator.csv", problems);
        CsvRecords records = new CsvRecords("big_indicator.csv", problems);
        assertEquals(199_999, records.read(text, 1, 20).size());
        assertTrue(records.charsParsed() <= 3L * Files.size(file), "not linear: " + records.charsParsed());
        problems.clear();
        IndicatorDataset ds = IndicatorReader.read(file, problems);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(2, problems.get(0).line());
        assertEquals(199_999, ds.panel().values().stream().mapToInt(List::size).sum());
    }
}
