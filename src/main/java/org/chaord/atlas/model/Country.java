package org.chaord.atlas.model;

/** One row of countries.csv: a map feature or a party without a shape (the European Union). */
public record Country(String iso3, String isoNumeric, String name, CountryKind kind, String sovereignIso3,
                      boolean unMember, String region, String subregion) {
}
