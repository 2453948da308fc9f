package org.chaord.atlas.export;

/**
 * The one rule for cells a spreadsheet would run as a formula (OWASP "CSV injection"), shared by every CSV the
 * atlas writes ({@link CsvCells} for the command line, {@link SpreadsheetSafeCsv} for the table): a cell that starts
 * with a tab or a carriage return, or whose first character after any spaces is {@code =}, {@code +}, {@code -} or
 * {@code @}, gets a leading apostrophe, which spreadsheets show as text.
 */
public final class FormulaGuard {

    private FormulaGuard() {
    }

    /** Whether a spreadsheet would read the cell as a formula. */
    public static boolean runsAsFormula(String cell) {
        if (cell == null || cell.isEmpty()) {
            return false;
        }
        char first = cell.charAt(0);
        if (first == '\t' || first == '\r') {
            return true;
        }
        String start = cell.stripLeading();
        return !start.isEmpty() && "=+-@".indexOf(start.charAt(0)) >= 0;
    }

    /** The cell, with an apostrophe before it when it would run as a formula. */
    public static String guard(String cell) {
        return runsAsFormula(cell) ? "'" + cell : cell;
    }
}
