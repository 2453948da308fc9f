package org.chaord.atlas.model;

/** The four treaties the atlas tracks; the ids are the ones used in the CSV files. */
public enum TreatyId {
    UNCC, ETS185, ETS189, CETS224;

    /** Council of Europe treaties share one set of status rules; the UN convention has its own. */
    public boolean isCouncilOfEurope() {
        return this != UNCC;
    }

    public static TreatyId parse(String text) {
        for (TreatyId id : values()) {
            if (id.name().equalsIgnoreCase(text.trim())) {
                return id;
            }
        }
        throw new IllegalArgumentException("unknown treaty '" + text + "' (expected UNCC, ETS185, ETS189 or CETS224)");
    }
}
