package org.chaord.atlas.export;

import com.opencsv.CSVReader;
import org.chaord.atlas.model.StateTable;
import org.chaord.atlas.model.StateTableRow;
import org.chaord.atlas.model.TreatyId;
import org.chaord.atlas.i18n.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpreadsheetSafeCsvTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"})
    void formulaLeadingCellsAreNeutralised(String cell) {
        assertEquals("'" + cell, SpreadsheetSafeCsv.neutralise(cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {"  =cmd|' /C calc'!A0", "\t=1", "=1+1", "-1", "France", "a=b", "two\nlines", " plain"})
    void theTableAndTheCommandLineNeutraliseTheSameCells(String cell) {
        assertEquals(CsvCells.neutralise(cell).startsWith("'"), SpreadsheetSafeCsv.neutralise(cell).startsWith("'"),
                "one rule for every CSV: " + cell);
    }

    @Test
    void aCellKeepsItsLineBreaksWhereTheCommandLineFlattensThem() {
        assertEquals("two\nlines", SpreadsheetSafeCsv.neutralise("two\nlines"));
        assertEquals("two lines", CsvCells.neutralise("two\nlines"));
        assertEquals("'  =1", SpreadsheetSafeCsv.neutralise("  =1"), "spaces before a formula do not hide it");
    }

    @Test
    void plainCellsStayAsTheyAre() {
        for (String cell : List.of("France", "Côte d'Ivoire", "2016-12", "https://treaties.un.org", "", "a=b")) {
            assertEquals(cell, SpreadsheetSafeCsv.neutralise(cell));
        }
    }

    @Test
    void rowsAreRfc4180AndReadBackCellForCell() throws Exception {
        StringWriter w = new StringWriter();
        List<String> cells = List.of("a,b", "say \"hi\"", "two\nlines", "=1+1", "plain");
        SpreadsheetSafeCsv.writeRow(w, cells);
        assertEquals("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",'=1+1,plain\r\n", w.toString());
        try (CSVReader r = new CSVReader(new StringReader(w.toString()))) {
            assertArrayEquals(new String[] {"a,b", "say \"hi\"", "two\nlines", "'=1+1", "plain"}, r.readNext());
        }
    }

    @Test
    void theStateTableFileHasABomAHeaderAndOneFormulaSafeRowPerState() throws Exception {
        var atlas = BundledData.get().atlas();
        LocalDate day = LocalDate.of(2026, 6, 1);
        List<StateTableRow> rows = StateTable.rows(atlas, day);
        List<TreatyId> treaties = atlas.treatyIds();
        Path file = StateTableCsv.write(rows, treaties, new Texts(Locale.ENGLISH), dir.resolve("table.csv"));
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3), "UTF-8 BOM");
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertTrue(text.contains("\r\n") && !text.replace("\r\n", "").contains("\r"), "CRLF records");
        List<String[]> read;
        try (CSVReader r = new CSVReader(new StringReader(text))) {
            read = r.readAll();
        }
        assertEquals(StateTableCsv.header(treaties), List.of(read.get(0)));
        assertEquals(rows.size() + 1, read.size());
        Map<String, String[]> byIso = new java.util.HashMap<>();
        read.forEach(r -> byIso.put(r[0], r));
        String[] fra = byIso.get("FRA");
        assertEquals("France", fra[1]);
        int un = StateTableCsv.header(treaties).indexOf("UNCC_status");
        assertEquals("Signed", fra[un]);
        assertEquals("2025-10-25", fra[un + 1]);
        String[] are = byIso.get("ARE");
        assertEquals("true", are[un + 2], "the UAE's undated signature is marked approximate");
        assertTrue(read.stream().skip(1).flatMap(java.util.Arrays::stream)
                .noneMatch(c -> !c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0), "no formula-leading cell");
    }

    @Test
    void aFormulaInTheDataIsNeutralisedInTheTableFile() throws Exception {
        var status = new org.chaord.atlas.model.TreatyStatus(org.chaord.atlas.model.StatusClass.SIGNED,
                LocalDate.of(2025, 10, 25), false, false, new org.chaord.atlas.model.StatusEvent("XXA", TreatyId.UNCC,
                org.chaord.atlas.model.EventType.SIGNED, org.chaord.atlas.model.PartialDate.parse("2025-10-25"), null,
                "=HYPERLINK(\"http://evil\",\"x\")", ""));
        StateTableRow row = new StateTableRow("XXA", "@SUM(1+1)", "-region", List.of(), Map.of(TreatyId.UNCC, status));
        StringWriter w = new StringWriter();
        StateTableCsv.write(List.of(row), List.of(TreatyId.UNCC), new Texts(Locale.ENGLISH), w);
        List<String[]> read;
        try (CSVReader r = new CSVReader(new StringReader(w.toString().substring(1)))) {
            read = r.readAll();
        }
        String[] cells = read.get(1);
        assertEquals("'@SUM(1+1)", cells[1]);
        assertEquals("'-region", cells[2]);
        assertEquals("'=HYPERLINK(\"http://evil\",\"x\")", cells[cells.length - 1]);
        assertEquals(SpreadsheetSafeCsv.BOM, w.toString().charAt(0));
    }
}
