package org.chaord.atlas.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Which deposits count towards a treaty's entry into force (its terms say whose and, for a protocol, after what). */
final class CountedDeposits {

    private CountedDeposits() {
    }

    /**
     * Deposits that count towards entry into force by {@code day}, oldest first: states' (and, where the treaty says
     * so, organisations'); for a protocol only those of states that consented to its parent.
     */
    static List<LocalDate> by(Treaty treaty, LocalDate day, Map<String, Map<TreatyId, List<StatusEvent>>> eventsByState,
                              Map<String, Country> countries) {
        List<LocalDate> deposits = new ArrayList<>();
        eventsByState.forEach((iso3, byTreaty) -> {
            Country c = countries.get(iso3);
            boolean counts = c == null || c.kind() == CountryKind.STATE
                    || c.kind() == CountryKind.ORGANISATION && treaty.terms().organisationsCount();
            StatusEvent own = consent(byTreaty.getOrDefault(treaty.id(), List.of()));
            if (!counts || own == null) {
                return;
            }
            // A protocol's instrument counts only from a state that consented to the parent as well. Not "from the
            // later of the two": an undated parent deposit's day is only an upper bound (known_by), while the
            // protocols require the parent's consent first (ETS 189 art. 9(2)), so the protocol's own day stands.
            if (treaty.parent() != null && consent(byTreaty.getOrDefault(treaty.parent(), List.of())) == null) {
                return;
            }
            if (!own.effectiveDate().isAfter(day)) {
                deposits.add(own.effectiveDate());
            }
        });
        deposits.sort(null);
        return deposits;
    }

    private static StatusEvent consent(List<StatusEvent> events) {
        return events.stream().filter(e -> e.type().isConsentToBeBound()).findFirst().orElse(null);
    }
}
