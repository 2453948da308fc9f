package org.chaord.atlas.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * CSV for spreadsheet programs: RFC 4180 (fields with a comma, quote, CR or LF are quoted, quotes doubled, CRLF
 * line ends) and every cell that a spreadsheet would read as a formula — one that begins with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return — prefixed with an apostrophe, which spreadsheets show as text
 * (OWASP "CSV injection"), by the rule the command line's CSV shares ({@link FormulaGuard}; a cell whose first
 * character after spaces is one of those counts too). Unlike {@link CsvCells} it keeps tabs and line breaks inside
 * a cell: RFC 4180 quoting carries them, and a multi-line note stays one cell.
 */
public final class SpreadsheetSafeCsv {

    /** The UTF-8 byte order mark, which makes Excel read the file as UTF-8. */
    public static final char BOM = '\uFEFF';

    private SpreadsheetSafeCsv() {
    }

    /** The cell as a spreadsheet will show it as text: an apostrophe before a formula-leading character. */
    public static String neutralise(String cell) {
        return cell == null ? "" : FormulaGuard.guard(cell); // line breaks stay: quoting carries them
    }

    /** One RFC 4180 field, neutralised. */
    public static String field(String cell) {
        String safe = neutralise(cell);
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\r') >= 0
                || safe.indexOf('\n') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    /** Writes one record ending in CRLF. */
    public static void writeRow(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(cells.get(i)));
        }
        out.write("\r\n");
    }
}
