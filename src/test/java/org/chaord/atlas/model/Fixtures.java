package org.chaord.atlas.model;

import java.time.LocalDate;
import java.util.EnumMap;
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

    static Treaty treaty(TreatyId id, int instruments, LocalDate enteredIntoForce) {
        return new Treaty(id, id.name(), id.name() + " full", "depositary", null, null, null, instruments, "",
                enteredIntoForce, "");
    }

    /** UNCC (40 instruments, not in force by the table) and ETS185 (in force 2004-07-01). */
    static Map<TreatyId, Treaty> standardTreaties() {
        Map<TreatyId, Treaty> t = new EnumMap<>(TreatyId.class);
        t.put(TreatyId.UNCC, treaty(TreatyId.UNCC, 40, null));
        t.put(TreatyId.ETS185, treaty(TreatyId.ETS185, 5, d("2004-07-01")));
        t.put(TreatyId.ETS189, treaty(TreatyId.ETS189, 5, d("2006-03-01")));
        t.put(TreatyId.CETS224, treaty(TreatyId.CETS224, 5, null));
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
