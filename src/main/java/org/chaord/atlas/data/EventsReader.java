package org.chaord.atlas.data;

import org.chaord.atlas.model.Country;
import org.chaord.atlas.model.EventType;
import org.chaord.atlas.model.PartialDate;
import org.chaord.atlas.model.StatusEvent;
import org.chaord.atlas.model.Treaty;
import org.chaord.atlas.model.TreatyId;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads and validates events.csv against the countries and treaties already read. */
final class EventsReader {

    static final List<String> COLUMNS = List.of("iso3", "treaty", "event", "date", "known_by", "source", "note");
    /** Optional: the first day an undated event may have happened (the event lies in [not_before, known_by]). */
    static final String NOT_BEFORE = "not_before";

    private EventsReader() {
    }

    static List<StatusEvent> read(Path path, Map<String, Country> countries, Map<TreatyId, Treaty> treaties,
                                  List<LoadProblem> problems) {
        CsvTable table = CsvTable.read(path, COLUMNS);
        problems.addAll(table.problems());
        List<StatusEvent> events = new ArrayList<>();
        Map<String, CsvRow> seen = new HashMap<>();
        Map<StatusEvent, CsvRow> rowOf = new HashMap<>();
        for (CsvRow row : table.rows()) {
            RowParser p = new RowParser(row);
            String iso3 = p.text("iso3", true);
            if (!iso3.isEmpty() && !countries.containsKey(iso3)) {
                p.fail("iso3", "unknown country code '" + iso3 + "' (not in countries.csv)");
            }
            TreatyId treaty = p.parsed("treaty", true, TreatyId::parse);
            if (treaty != null && !treaties.isEmpty() && !treaties.containsKey(treaty)) {
                p.fail("treaty", "treaty " + treaty + " is not in treaties.csv");
            }
            EventType type = p.parsed("event", true, EventType::parse);
            PartialDate date = p.partialDate("date", false);
            LocalDate knownBy = p.day("known_by", false);
            if (row.get("date").isEmpty() && knownBy == null && row.get("known_by").isEmpty()) {
                p.fail("known_by", "an event without a date needs known_by (the source's as-of date)");
            }
            LocalDate notBefore = notBefore(p, row, knownBy);
            String source = p.text("source", true);
            String key = iso3 + "/" + treaty + "/" + type;
            if (p.ok() && seen.containsKey(key)) {
                p.fail("event", "duplicate: " + key + " already on line " + seen.get(key).line());
            }
            problems.addAll(p.problems());
            if (p.ok()) {
                seen.put(key, row);
                StatusEvent event = new StatusEvent(iso3, treaty, type, date, knownBy, source, row.get("note"),
                        notBefore);
                events.add(event);
                rowOf.put(event, row);
            }
        }
        checkOrder(events, rowOf, problems);
        return events;
    }

    /**
     * The optional not_before column: the first day an undated event may have happened. It belongs to undated rows
     * only and may not come after known_by.
     */
    private static LocalDate notBefore(RowParser p, CsvRow row, LocalDate knownBy) {
        LocalDate notBefore = p.day(NOT_BEFORE, false);
        if (notBefore == null) {
            return null;
        }
        if (!row.get("date").isEmpty()) {
            p.fail(NOT_BEFORE, "not_before is only for undated rows (this row has the date " + row.get("date") + ")");
            return null;
        }
        if (knownBy != null && notBefore.isAfter(knownBy)) {
            p.fail(NOT_BEFORE, "not_before (" + notBefore + ") is after known_by (" + knownBy + ")");
            return null;
        }
        return knownBy == null ? null : notBefore;
    }

    /** Entry into force before the deposit makes no sense; such a row is reported and dropped. */
    private static void checkOrder(List<StatusEvent> events, Map<StatusEvent, CsvRow> rowOf, List<LoadProblem> problems) {
        Map<String, LocalDate> earliestDeposit = new HashMap<>();
        for (StatusEvent e : events) {
            if (e.type().isConsentToBeBound() && e.date() != null) {
                earliestDeposit.merge(e.iso3() + "/" + e.treaty(), e.date().earliestDate(),
                        (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        events.removeIf(e -> {
            LocalDate deposit = earliestDeposit.get(e.iso3() + "/" + e.treaty());
            boolean bad = e.type() == EventType.ENTERED_INTO_FORCE && deposit != null
                    && e.effectiveDate().isBefore(deposit);
            if (bad) {
                problems.add(rowOf.get(e).problem("date", "entry into force (" + e.date()
                        + ") before the deposit of the instrument (" + deposit + ")"));
            }
            return bad;
        });
    }
}
