package org.chaord.atlas.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A treaty's id as written in the CSV files ({@code UNCC}, {@code MALABO}, …). Treaties are data: any id that
 * treaties.csv defines is valid; the constants name the bundled ones so code and tests can refer to them.
 */
public record TreatyId(String id) implements Comparable<TreatyId> {

    private static final Pattern SYNTAX = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

    public static final TreatyId UNCC = new TreatyId("UNCC");
    public static final TreatyId ETS185 = new TreatyId("ETS185");
    public static final TreatyId ETS189 = new TreatyId("ETS189");
    public static final TreatyId CETS224 = new TreatyId("CETS224");
    public static final TreatyId MALABO = new TreatyId("MALABO");
    public static final TreatyId ARAB2010 = new TreatyId("ARAB2010");
    public static final TreatyId CIS2018 = new TreatyId("CIS2018");

    public TreatyId {
        if (id == null || !SYNTAX.matcher(id).matches()) {
            throw new IllegalArgumentException("'" + id + "' is not a treaty id (capital letters, digits and _, "
                    + "starting with a letter, e.g. UNCC or ETS185)");
        }
    }

    /** The id as in the CSV files (the name the enum had). */
    public String name() {
        return id;
    }

    @Override
    public String toString() {
        return id;
    }

    @Override
    public int compareTo(TreatyId other) {
        return id.compareTo(other.id);
    }

    /** Reads an id case-insensitively; whether treaties.csv defines it is checked against the loaded data. */
    public static TreatyId parse(String text) {
        return new TreatyId(text == null ? null : text.trim().toUpperCase(Locale.ROOT));
    }
}
