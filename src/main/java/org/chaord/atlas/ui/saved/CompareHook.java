package org.chaord.atlas.ui.saved;

import java.time.LocalDate;

/**
 * The From date of a change map, for a saved view's {@code since}: the compare mode ({@link CompareModeHook}) by
 * default; {@link #NONE} saves status maps only and opens a change map as the status map of its To date.
 */
public interface CompareHook {

    /** No compare mode: nothing to save, and a saved change map opens as the status map of its To date. */
    CompareHook NONE = new CompareHook() {
        @Override
        public LocalDate from() {
            return null;
        }

        @Override
        public boolean showFrom(LocalDate from) {
            return from == null;
        }
    };

    /** The From date shown now, or null when the map shows a status (not a change between two dates). */
    LocalDate from();

    /** Shows the change map from {@code from} (null: the status map); false when it cannot. */
    boolean showFrom(LocalDate from);
}
