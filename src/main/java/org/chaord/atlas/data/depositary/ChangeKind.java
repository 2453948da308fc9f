package org.chaord.atlas.data.depositary;

import java.util.Locale;

/** What a status file would change in the data (issue 9): only the first three are ever written. */
public enum ChangeKind {
    /** An event the data lack. */
    ADDED,
    /** An undated or less precise event of the data gets the file's day (which lies within what the data said). */
    DATED,
    /** The file gives another date (or another kind of instrument) than the data. */
    CHANGED,
    /** In the data but not in the file: reported, never deleted. */
    MISSING,
    /** A participant name no source matches: reported, never guessed. */
    UNMATCHED;

    public String csvName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for the changes an import writes to events.csv. */
    public boolean isWritten() {
        return this == ADDED || this == DATED || this == CHANGED;
    }
}
