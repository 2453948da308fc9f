package org.chaord.atlas.data;

import com.opencsv.CSVReader;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.ChangeClass;
import org.chaord.atlas.model.PartialDate;
import org.chaord.atlas.model.StateChange;
import org.chaord.atlas.model.StatusChanges;
import org.chaord.atlas.model.StatusClass;
import org.chaord.atlas.model.View;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Who joined the UN Convention at Hanoi?": the UNCC changes from 24 to 27 Oct 2025 are exactly the signatures of
 * 25–26 Oct 2025 in events.csv (read here with a plain CSV reader, not the atlas's), and their number is the 72 the
 * UN Treaty Collection published (asserted in {@link PublishedTotalsTest} for 26 Oct 2025).
 */
class HanoiChangesTest {

    static final LocalDate BEFORE = LocalDate.of(2025, 10, 24);
    static final LocalDate AFTER = LocalDate.of(2025, 10, 27);
    static Atlas atlas;

    @BeforeAll
    static void load() {
        LoadResult result = AtlasLoader.load(BundledDataTest.DATA, null);
        assertTrue(result.problems().isEmpty(), () -> "problems: " + result.problems());
        atlas = result.atlas();
    }

    /** ISO3 codes of UNCC rows in events.csv that took effect in (from, to]: a dated day, or else known_by. */
    static Set<String> unccEventsBetween(LocalDate from, LocalDate to, String event) throws Exception {
        Set<String> found = new TreeSet<>();
        try (Reader r = Files.newBufferedReader(BundledDataTest.DATA.resolve("events.csv"), StandardCharsets.UTF_8);
             CSVReader csv = new CSVReader(r)) {
            String[] header = csv.readNext();
            java.util.List<String> cols = java.util.Arrays.asList(header);
            for (String[] row : csv) {
                if (!row[cols.indexOf("treaty")].equals("UNCC") || !row[cols.indexOf("event")].equals(event)) {
                    continue;
                }
                String date = row[cols.indexOf("date")];
                LocalDate day = date.isBlank() ? LocalDate.parse(row[cols.indexOf("known_by")])
                        : PartialDate.parse(date).effectiveDate();
                if (day.isAfter(from) && !day.isAfter(to)) {
                    found.add(row[cols.indexOf("iso3")]);
                }
            }
        }
        return found;
    }

    @Test
    void theChangesAreExactlyTheHanoiSignatories() throws Exception {
        Set<String> signedAtHanoi = unccEventsBetween(BEFORE, AFTER, "signed");
        assertEquals(signedAtHanoi, unccEventsBetween(BEFORE, LocalDate.of(2025, 10, 26), "signed"),
                "nothing was signed on 27 Oct 2025");
        StatusChanges changes = StatusChanges.between(atlas, View.UNCC, BEFORE, AFTER);
        assertEquals(signedAtHanoi, changes.changes().stream().map(StateChange::iso3).collect(Collectors.toCollection(TreeSet::new)));
        assertTrue(changes.changes().stream().allMatch(c -> c.fromClass() == StatusClass.NONE
                && c.toClass() == StatusClass.SIGNED && !c.source().isBlank() && c.date() != null));
        assertTrue(signedAtHanoi.contains("EUE"), "the European Union signed as an organisation");
    }

    @Test
    void theCountIsThePublishedSeventyTwo() {
        StatusChanges changes = StatusChanges.between(atlas, View.UNCC, BEFORE, AFTER);
        Map<StatusClass, Integer> on26 = atlas.countsOn(View.UNCC, LocalDate.of(2025, 10, 26));
        int signatories = on26.get(StatusClass.SIGNED) + on26.get(StatusClass.RATIFIED) + on26.get(StatusClass.PARTY);
        assertEquals(72, signatories);
        assertEquals(signatories, changes.counts().get(ChangeClass.NEWLY_SIGNED));
        assertEquals(72, changes.changes().size());
        int acting = atlas.countsOn(View.UNCC, AFTER).values().stream().mapToInt(Integer::intValue).sum();
        assertEquals(acting - 72, changes.counts().get(ChangeClass.UNCHANGED));
    }
}
