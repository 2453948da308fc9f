package org.chaord.atlas.data;

import org.chaord.atlas.model.EntryIntoForceRule;
import org.chaord.atlas.model.EntryIntoForceTerms;
import org.chaord.atlas.model.Treaty;
import org.chaord.atlas.model.TreatyFamily;
import org.chaord.atlas.model.TreatyId;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads treaties.csv: the treaties' facts and their entry-into-force terms as data (rule columns). */
final class TreatiesReader {

    static final List<String> COLUMNS = List.of("id", "short_name", "full_name", "depositary", "adopted",
            "opened_for_signature", "closes_for_signature", "instruments_for_entry_into_force",
            "entry_into_force_rule", "entered_into_force", "url", "eif_instruments", "eif_rule", "eif_period",
            "later_rule", "later_period", "organisations_count", "parent", "family");

    private TreatiesReader() {
    }

    /** The treaties in file order; a row with any bad value is reported (file:line:column) and left out. */
    static Map<TreatyId, Treaty> read(Path path, List<LoadProblem> problems) {
        CsvTable table = CsvTable.read(path, COLUMNS);
        problems.addAll(table.problems());
        Map<TreatyId, Treaty> treaties = new LinkedHashMap<>();
        Map<TreatyId, CsvRow> rowOf = new HashMap<>();
        for (CsvRow row : table.rows()) {
            RowParser p = new RowParser(row);
            TreatyId id = p.parsed("id", true, TreatyId::parse);
            int instruments = p.integer("instruments_for_entry_into_force", 0);
            EntryIntoForceTerms terms = terms(p, instruments);
            TreatyId parent = p.parsed("parent", false, TreatyId::parse);
            TreatyFamily family = p.parsed("family", true, TreatyFamily::parse);
            Treaty treaty = new Treaty(id, p.text("short_name", true), p.text("full_name", true),
                    p.text("depositary", false), p.day("adopted", false), p.day("opened_for_signature", false),
                    p.day("closes_for_signature", false), instruments, p.text("entry_into_force_rule", false),
                    p.day("entered_into_force", false), p.text("url", false), terms, parent, family);
            if (id != null && treaties.containsKey(id)) {
                p.fail("id", "duplicate treaty " + id);
            }
            if (id != null && id.equals(parent)) {
                p.fail("parent", "treaty " + id + " cannot be its own parent");
            }
            problems.addAll(p.problems());
            if (p.ok()) {
                treaties.put(id, treaty);
                rowOf.put(id, row);
            }
        }
        dropBadParents(treaties, rowOf, problems);
        return treaties;
    }

    private static EntryIntoForceTerms terms(RowParser p, int instruments) {
        Integer n = p.parsed("eif_instruments", true, TreatiesReader::count);
        EntryIntoForceRule rule = p.parsed("eif_rule", true, EntryIntoForceRule::parse);
        Integer period = p.parsed("eif_period", true, TreatiesReader::count);
        EntryIntoForceRule laterRule = p.parsed("later_rule", true, EntryIntoForceRule::parse);
        Integer laterPeriod = p.parsed("later_period", true, TreatiesReader::count);
        Boolean organisations = p.parsed("organisations_count", true, TreatiesReader::bool);
        if (n != null && instruments != 0 && n != instruments) {
            p.fail("eif_instruments", "eif_instruments " + n + " differs from instruments_for_entry_into_force "
                    + instruments);
        }
        if (n == null || rule == null || period == null || laterRule == null || laterPeriod == null
                || organisations == null) {
            return null;
        }
        return new EntryIntoForceTerms(n, rule, period, laterRule, laterPeriod, organisations);
    }

    private static Integer count(String v) {
        try {
            int i = Integer.parseInt(v);
            if (i < 0) {
                throw new IllegalArgumentException("'" + v + "' is negative (expected 0 or more)");
            }
            return i;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + v + "' is not a whole number");
        }
    }

    private static Boolean bool(String v) {
        return switch (v.toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("'" + v + "' is not true or false");
        };
    }

    /** A parent must be a treaty of the file, and parents may not go round in a circle. */
    private static void dropBadParents(Map<TreatyId, Treaty> treaties, Map<TreatyId, CsvRow> rowOf,
                                       List<LoadProblem> problems) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Treaty t : List.copyOf(treaties.values())) {
                String bad = t.parent() == null ? null : !treaties.containsKey(t.parent())
                        ? "parent '" + t.parent() + "' is not a treaty in treaties.csv"
                        : circular(t, treaties) ? "parent '" + t.parent() + "' leads back to " + t.id() : null;
                if (bad != null) {
                    problems.add(rowOf.get(t.id()).problem("parent", bad));
                    treaties.remove(t.id());
                    changed = true;
                }
            }
        }
    }

    private static boolean circular(Treaty t, Map<TreatyId, Treaty> treaties) {
        Set<TreatyId> seen = new HashSet<>();
        for (Treaty at = t; at != null && at.parent() != null; at = treaties.get(at.parent())) {
            if (!seen.add(at.id())) {
                return true;
            }
        }
        return false;
    }
}
