package org.chaord.atlas.i18n;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** ISO 3166 alpha-3 → alpha-2, from the JDK's own tables, so country names can come from CLDR. */
final class IsoCodes {

    private static final Map<String, String> ALPHA2 = new HashMap<>();

    static {
        for (String a2 : Locale.getISOCountries()) {
            try {
                ALPHA2.put(new Locale("", a2).getISO3Country(), a2);
            } catch (java.util.MissingResourceException ignored) {
                // a code without an alpha-3 form: nothing to map
            }
        }
        ALPHA2.put("XKX", "XK");
    }

    private IsoCodes() {
    }

    static String alpha2(String iso3) {
        return ALPHA2.get(iso3);
    }
}
