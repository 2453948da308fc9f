package org.chaord.atlas.model;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small builders for model tests: countries, treaties and events without any CSV. */
final class Fixtures {

    private Fixtures() {
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static Country state(String iso3) {
        return new Country(iso3, "", iso3 + " name", CountryKind.STATE, "", true, "", "");
    }

    static Country country(String iso3, CountryKind kind) {
        return new Country(iso3, "", iso3 + " name", kind, kind == CountryKind.TERRITORY ? "FRA" : "", false, "", "");
    }

    /** UNCC art. 65(1)/(2): 90 days after the 40th, 30 days after a later one; the EU's is not counted. */
    static final EntryIntoForceTerms UNCC_TERMS = new EntryIntoForceTerms(40, EntryIntoForceRule.DAYS_AFTER, 90,
            EntryIntoForceRule.DAYS_AFTER, 30, false);

    /** Council of Europe: five consents, first day of the month after three months (both rules). */
    static final EntryIntoForceTerms COE_TERMS = new EntryIntoForceTerms(5,
            EntryIntoForceRule.FIRST_OF_MONTH_AFTER_MONTHS, 3, EntryIntoForceRule.FIRST_OF_MONTH_AFTER_MONTHS, 3, false);

    static Treaty treaty(TreatyId id, EntryIntoForceTerms terms, LocalDate enteredIntoForce, TreatyId parent,
                         TreatyFamily family) {
        return new Treaty(id, id.name(), id.name() + " full", "depositary", null, null, null, terms.instruments(), "",
                enteredIntoForce, "", terms, parent, family);
    }

    /** The four treaties with the rule columns of data/treaties.csv; UNCC and CETS224 not in force by the table. */
    static Map<TreatyId, Treaty> standardTreaties() {
        Map<TreatyId, Treaty> t = new LinkedHashMap<>();
        t.put(TreatyId.UNCC, treaty(TreatyId.UNCC, UNCC_TERMS, null, null, TreatyFamily.UN));
        t.put(TreatyId.ETS185, treaty(TreatyId.ETS185, COE_TERMS, d("2004-07-01"), null, TreatyFamily.COE));
        t.put(TreatyId.ETS189, treaty(TreatyId.ETS189, COE_TERMS, d("2006-03-01"), TreatyId.ETS185, TreatyFamily.COE));
        t.put(TreatyId.CETS224, treaty(TreatyId.CETS224, COE_TERMS, null, TreatyId.ETS185, TreatyFamily.COE));
        return t;
    }

    static StatusEvent event(String iso3, TreatyId treaty, EventType type, String date) {
        return new StatusEvent(iso3, treaty, type, PartialDate.parse(date), null, "test source", "");
    }

    static StatusEvent undated(String iso3, TreatyId treaty, EventType type, String knownBy) {
        return new StatusEvent(iso3, treaty, type, null, d(knownBy), "test source", "");
    }

    static Map<String, Country> countries(Country... cs) {
        Map<String, Country> m = new LinkedHashMap<>();
        for (Country c : cs) {
            m.put(c.iso3(), c);
        }
        return m;
    }

    static MembershipHistory history(Map<String, Country> countries, List<StatusEvent> events) {
        return new MembershipHistory(standardTreaties(), countries, events);
    }
}
