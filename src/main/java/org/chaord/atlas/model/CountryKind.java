package org.chaord.atlas.model;

import java.util.Locale;

/** What a map feature or party is; only states and organisations act on treaties in their own right. */
public enum CountryKind {
    STATE, TERRITORY, ORGANISATION, DISPUTED;

    public boolean actsInOwnRight() {
        return this == STATE || this == ORGANISATION;
    }

    public static CountryKind parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown kind '" + text + "' (expected state, territory, organisation or disputed)");
        }
    }
}
