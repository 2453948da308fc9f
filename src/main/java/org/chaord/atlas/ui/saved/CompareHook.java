package org.chaord.atlas.ui.saved;

import java.time.LocalDate;

/**
 * The From date of a change map, for a saved view's {@code since}. The compare mode (issue 10 §1, another branch)
 * plugs in here through {@link SavedViews#useCompare}; until it does, {@link #NONE} saves status maps only.
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
