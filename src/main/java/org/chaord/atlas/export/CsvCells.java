package org.chaord.atlas.export;

/**
 * Cells for the command line's CSV: control characters are cleaned ({@link TextSanitizer}: one record per line)
 * and a cell that a spreadsheet would run as a formula gets a leading apostrophe by the rule every CSV of the atlas
 * shares ({@link FormulaGuard}): {@code =cmd|' /C calc'!A0} is shown, never run.
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        String clean = TextSanitizer.clean(cell);
        return FormulaGuard.runsAsFormula(cell) ? "'" + clean : clean; // judged before tabs become spaces
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
