package org.chaord.atlas.data.depositary;

/**
 * A status file that cannot be read: its message names the file and the line (or element) where reading stopped,
 * as one line, {@code file:line:column: message} or {@code file: element: message}.
 */
public final class DepositaryFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    public DepositaryFormatException(String message) {
        super(message);
    }

    /** {@code where} is "line:cell" for text and HTML (file:12:3: …) or an element path for XML (file: Row 12: …). */
    static DepositaryFormatException at(String file, String where, String message) {
        boolean lineNumber = !where.isEmpty() && Character.isDigit(where.charAt(0));
        return new DepositaryFormatException(file + (lineNumber ? ":" : ": ") + where + ": " + message);
    }
}
