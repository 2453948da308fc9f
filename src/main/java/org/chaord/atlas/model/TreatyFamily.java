package org.chaord.atlas.model;

import java.util.Locale;

/**
 * The organisation a treaty belongs to (treaties.csv {@code family}). Wording and grouping only, with one rule:
 * Council of Europe treaties always show "denounced" in their legend (DESIGN.md status rules).
 */
public enum TreatyFamily {
    UN, COE, AU, LAS, CIS, OTHER;

    /** Regional = neither the UN nor the Council of Europe (the "which framework" view groups them). */
    public boolean isRegional() {
        return this != UN && this != COE;
    }

    public String csvName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TreatyFamily parse(String text) {
        for (TreatyFamily f : values()) {
            if (f.csvName().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown family '" + text + "' (expected un, coe, au, las, cis or other)");
    }
}
