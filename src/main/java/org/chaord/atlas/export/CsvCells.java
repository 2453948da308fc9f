package org.chaord.atlas.export;

/**
 * Cells for every CSV the atlas writes: control characters are cleaned ({@link TextSanitizer}) and a cell that a
 * spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a carriage return, after any spaces)
 * gets a leading apostrophe, the usual neutraliser (OWASP "CSV injection"): {@code =cmd|' /C calc'!A0} is shown,
 * never run.
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        String clean = TextSanitizer.clean(cell);
        String start = clean.stripLeading();
        boolean formula = first == '\t' || first == '\r' || !start.isEmpty() && "=+-@".indexOf(start.charAt(0)) >= 0;
        return formula ? "'" + clean : clean;
    }

    /** Every cell of a row neutralised (a new array). */
    public static String[] row(String... cells) {
        String[] out = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            out[i] = neutralise(cells[i]);
        }
        return out;
    }
}
