package org.chaord.atlas.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 14, reproductions 1–4: one bad byte or quote in a bundled file costs the row it is on, never the rest. */
class CsvDamageTest {

    @TempDir
    Path tmp;

    private static LoadProblem onlyProblemIn(LoadResult r, String file) {
        List<LoadProblem> in = r.problems().stream().filter(p -> p.file().equals(file)).toList();
        assertEquals(1, in.size(), in.toString());
        return in.get(0);
    }

    @Test
    void anInvalidByteAtTheEndOfLine200CostsThatRowOnly() throws IOException {
        BundledCopy data = new BundledCopy(tmp);
        List<String> lines = data.lines(AtlasLoader.EVENTS);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < lines.size(); i++) {
            bytes.writeBytes(lines.get(i).getBytes(StandardCharsets.UTF_8));
            if (i == 199) {
                bytes.write(0xFF);
            }
            bytes.write('\n');
        }
        data.writeBytes(AtlasLoader.EVENTS, bytes.toByteArray());
        LoadResult r = data.load();
        LoadProblem p = onlyProblemIn(r, AtlasLoader.EVENTS);
        assertEquals(200, p.line());
        assertEquals(lines.get(199).length() + 1, p.column(), "the column of the bad byte");
        assertTrue(p.message().contains("0xFF"), p.message());
        assertEquals(BundledCopy.eventCount(BundledCopy.pristine()) - 1, BundledCopy.eventCount(r));
    }

    @Test
    void countriesSavedAsWindows1252AreReadCorrectlyWithOneWarning() throws IOException {
        BundledCopy data = new BundledCopy(tmp);
        data.reencode(AtlasLoader.COUNTRIES, TextLines.WINDOWS_1252);
        LoadResult r = data.load();
        LoadResult pristine = BundledCopy.pristine();
        LoadProblem p = onlyProblemIn(r, AtlasLoader.COUNTRIES);
        assertTrue(p.message().contains("Windows-1252"), p.message());
        assertTrue(p.line() > 1, p.toString());
        assertEquals(pristine.atlas().countries(), r.atlas().countries(), "every name read as meant (Côte d'Ivoire…)");
        assertEquals(BundledCopy.eventCount(pristine), BundledCopy.eventCount(r));
        assertEquals(pristine.atlas().groups().size(), r.atlas().groups().size());
    }

    @Test
    void aStrayQuoteAtTheStartOfLine100CostsThatLineOnly() throws IOException {
        BundledCopy data = new BundledCopy(tmp);
        List<String> lines = data.lines(AtlasLoader.COUNTRIES);
        String lost = lines.get(99).substring(0, 3);
        lines.set(99, "\"" + lines.get(99));
        data.write(AtlasLoader.COUNTRIES, lines);
        LoadResult r = data.load();
        LoadProblem p = r.problems().stream().filter(q -> q.file().equals(AtlasLoader.COUNTRIES)).findFirst().orElseThrow();
        assertEquals(100, p.line());
        assertEquals(1, p.column());
        assertTrue(p.message().contains("quote"), p.message());
        var expected = new java.util.LinkedHashMap<>(BundledCopy.pristine().atlas().countries());
        expected.remove(lost);
        assertEquals(expected, r.atlas().countries(), "every other country is read");
    }

    @Test
    void aDoubledQuoteBeforeAFieldIsReportedAndMergesNothing() throws IOException {
        BundledCopy data = new BundledCopy(tmp);
        List<String> lines = data.lines(AtlasLoader.COUNTRIES);
        String line = lines.get(49);
        int name = line.indexOf(',', line.indexOf(',') + 1) + 1;
        lines.set(49, line.substring(0, name) + "\"\"" + line.substring(name));
        data.write(AtlasLoader.COUNTRIES, lines);
        LoadResult r = data.load();
        LoadProblem p = onlyProblemIn(r, AtlasLoader.COUNTRIES);
        assertEquals(50, p.line());
        assertEquals(BundledCopy.pristine().atlas().countries().size() - 1, r.atlas().countries().size());
        r.atlas().countries().forEach((iso3, c) -> assertEquals(BundledCopy.pristine().atlas().countries().get(iso3), c,
                "no country swallowed another"));
    }

    @Test
    void aQuotedMultiLineFieldIsOneRowAndTheLinesAroundItStayRows() throws IOException {
        BundledCopy data = new BundledCopy(tmp);
        List<String> lines = data.lines(AtlasLoader.EVENTS);
        int at = BundledCopy.plainRowFrom(lines, 10);
        String row = lines.get(at);
        String note = "first line, with a comma\nsecond \"\"quoted\"\" line\nthird";
        lines.set(at, BundledCopy.withField(lines.get(0), row, "note", "\"" + note + "\""));
        data.write(AtlasLoader.EVENTS, lines);
        LoadResult r = data.load();
        assertTrue(r.problems().stream().noneMatch(p -> p.file().equals(AtlasLoader.EVENTS)), r.problems().toString());
        assertEquals(BundledCopy.eventCount(BundledCopy.pristine()), BundledCopy.eventCount(r));
        String iso3 = row.substring(0, 3);
        assertTrue(r.atlas().history().events(iso3, org.chaord.atlas.model.TreatyId.parse(row.split(",")[1])).stream()
                .anyMatch(e -> e.note().equals(note.replace("\"\"", "\""))));
    }
}
