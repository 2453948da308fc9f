package org.chaord.atlas.export;

/** A view file that cannot be opened: damaged, of a newer format version, or with a bad value; the message says which. */
public final class SavedViewException extends Exception {

    private static final long serialVersionUID = 1L;

    public SavedViewException(String message) {
        super(message);
    }
}
