package org.chaord.atlas.data.depositary;

import org.chaord.atlas.model.Country;
import org.chaord.atlas.model.EventType;
import org.chaord.atlas.model.MembershipHistory;
import org.chaord.atlas.model.StatusEvent;
import org.chaord.atlas.model.TreatyId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The diff of a status file against the loaded data, for one treaty: what would be added, dated, changed, and what
 * the file does not mention (missing) or does not let us name (unmatched). Rows come in the file's order, then the
 * missing ones by ISO3, then the unmatched names.
 */
public final class StatusDiff {

    private StatusDiff() {
    }

    public static List<ImportChange> compute(DepositaryStatus status, TreatyId treaty, ParticipantAliases aliases,
                                             Map<String, Country> countries, MembershipHistory history)
            throws DepositaryFormatException {
        List<ImportChange> changes = new ArrayList<>();
        List<ImportChange> unmatched = new ArrayList<>();
        Map<String, DepositaryEntry> byIso3 = new HashMap<>();
        for (DepositaryEntry entry : status.entries()) {
            String iso3 = aliases.iso3(entry.participant()).orElse(null);
            if (iso3 == null) {
                unmatched.add(new ImportChange(ChangeKind.UNMATCHED, "", treaty, null, null, null, entry.participant(),
                        entry.where()));
                continue;
            }
            DepositaryEntry twice = byIso3.putIfAbsent(iso3, entry);
            if (twice != null) {
                throw DepositaryFormatException.at(status.file(), entry.where(), "'" + entry.participant() + "' and '"
                        + twice.participant() + "' (" + twice.where() + ") are both " + iso3);
            }
            List<StatusEvent> data = history.events(iso3, treaty);
            compare(changes, entry, iso3, treaty, EventType.SIGNED, entry.signed(), find(data, EventType.SIGNED), null);
            compare(changes, entry, iso3, treaty, entry.kind() == null ? null : entry.kind().eventType(),
                    entry.consent(), data.stream().filter(e -> e.type().isConsentToBeBound()).findFirst().orElse(null),
                    entry.kind());
            if (status.hasEntryIntoForce()) {
                compare(changes, entry, iso3, treaty, EventType.ENTERED_INTO_FORCE, entry.inForce(),
                        find(data, EventType.ENTERED_INTO_FORCE), null);
            }
        }
        changes.addAll(missing(status, treaty, byIso3, countries, history));
        changes.addAll(unmatched);
        return changes;
    }

    private static StatusEvent find(List<StatusEvent> data, EventType type) {
        return data.stream().filter(e -> e.type() == type).findFirst().orElse(null);
    }

    private static void compare(List<ImportChange> changes, DepositaryEntry entry, String iso3, TreatyId treaty,
                                EventType event, LocalDate day, StatusEvent data, InstrumentKind kind) {
        if (day == null) {
            return;
        }
        ChangeKind change = data == null ? ChangeKind.ADDED : kindOfChange(day, data, kind);
        if (change != null) {
            // A kind of instrument that agrees with the data's (a CoE "ratification" and a data "accepted") keeps the data's.
            EventType written = data != null && (kind == null || kind.agreesWith(data.type())) ? data.type() : event;
            changes.add(new ImportChange(change, iso3, treaty, written, day, data, entry.participant(), entry.where()));
        }
    }

    /** Null when the file and the data agree (same day, same kind of instrument). */
    static ChangeKind kindOfChange(LocalDate day, StatusEvent data, InstrumentKind kind) {
        boolean sameKind = kind == null || kind.agreesWith(data.type());
        if (data.date() == null) {
            boolean inside = !day.isAfter(data.knownBy()) && (data.notBefore() == null || !day.isBefore(data.notBefore()));
            return inside ? ChangeKind.DATED : ChangeKind.CHANGED;
        }
        boolean inside = !day.isBefore(data.date().earliestDate()) && !day.isAfter(data.date().effectiveDate());
        if (!data.isApproximate()) {
            return inside && sameKind ? null : ChangeKind.CHANGED;
        }
        return inside ? ChangeKind.DATED : ChangeKind.CHANGED;
    }

    /**
     * Data events of the kinds the file records (signature, instrument, and entry into force where it has the column)
     * that the file does not list. Events that may postdate the file's status date are not missing from it.
     */
    private static List<ImportChange> missing(DepositaryStatus status, TreatyId treaty, Map<String, DepositaryEntry> inFile,
                                              Map<String, Country> countries, MembershipHistory history) {
        List<ImportChange> missing = new ArrayList<>();
        Set<String> states = new TreeSet<>(countries.keySet());
        for (String iso3 : states) {
            DepositaryEntry entry = inFile.get(iso3);
            for (StatusEvent e : history.events(iso3, treaty)) {
                LocalDate inFileDay = entry == null ? null : switch (e.type()) {
                    case SIGNED -> entry.signed();
                    case ENTERED_INTO_FORCE -> entry.inForce();
                    default -> e.type().isConsentToBeBound() ? entry.consent() : null;
                };
                boolean recorded = e.type() == EventType.SIGNED || e.type().isConsentToBeBound()
                        || e.type() == EventType.ENTERED_INTO_FORCE && status.hasEntryIntoForce();
                if (recorded && inFileDay == null && !mayPostdate(e, status.statusAsOf())) {
                    missing.add(new ImportChange(ChangeKind.MISSING, iso3, treaty, e.type(), null, e, "", ""));
                }
            }
        }
        return missing;
    }

    private static boolean mayPostdate(StatusEvent e, LocalDate asOf) {
        if (asOf == null) {
            return false;
        }
        LocalDate earliest = e.date() != null ? e.date().earliestDate() : e.notBefore() != null ? e.notBefore() : null;
        return earliest != null && earliest.isAfter(asOf);
    }
}
