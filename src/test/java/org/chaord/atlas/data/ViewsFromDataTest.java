package org.chaord.atlas.data;

import org.chaord.atlas.export.BundledData;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.Country;
import org.chaord.atlas.model.StatusClass;
import org.chaord.atlas.model.Treaty;
import org.chaord.atlas.model.TreatyFamily;
import org.chaord.atlas.model.TreatyId;
import org.chaord.atlas.model.View;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Views come from the bundled data: every treaty, any pair, and which framework binds whom. */
class ViewsFromDataTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 28);

    private static Atlas atlas() {
        return BundledData.get().atlas();
    }

    private static long actingInOwnRight(Atlas atlas) {
        return atlas.countries().values().stream().filter(c -> c.kind().actsInOwnRight()).count();
    }

    @Test
    void everyTreatyIsAViewThenTheDefaultPairAndTheFrameworks() {
        Atlas atlas = atlas();
        List<View> views = atlas.views();
        assertEquals(atlas.treatyIds().size() + 2, views.size());
        for (TreatyId t : atlas.treatyIds()) {
            assertTrue(views.contains(View.of(t)), t.id());
        }
        assertEquals(View.COMPARISON, atlas.defaultPair());
        assertEquals(View.pair(TreatyId.UNCC, TreatyId.ETS185), View.parse("comparison"));
        assertTrue(views.contains(View.FRAMEWORKS));
    }

    @Test
    void invitedAndObserverAppearOnlyWhereTheyOccur() {
        Atlas atlas = atlas();
        assertTrue(atlas.classes(View.ETS185).containsAll(List.of(StatusClass.INVITED, StatusClass.OBSERVER)));
        for (TreatyId t : List.of(TreatyId.UNCC, TreatyId.MALABO, TreatyId.ARAB2010, TreatyId.CIS2018)) {
            assertFalse(atlas.classes(View.of(t)).contains(StatusClass.INVITED), t.id());
            assertFalse(atlas.classes(View.of(t)).contains(StatusClass.OBSERVER), t.id());
        }
        assertEquals(List.of(StatusClass.PARTY, StatusClass.RATIFIED, StatusClass.SIGNED, StatusClass.NONE),
                atlas.classes(View.UNCC));
        assertTrue(atlas.classes(View.CETS224).contains(StatusClass.DENOUNCED), "Council of Europe rule");
    }

    @Test
    void everyPairOfTreatiesCountsEveryStateOnceAndFollowsBothStatuses() {
        Atlas atlas = atlas();
        for (TreatyId a : atlas.treatyIds()) {
            for (TreatyId b : atlas.treatyIds()) {
                if (a.equals(b)) {
                    continue;
                }
                View pair = View.pair(a, b);
                Map<StatusClass, Integer> counts = atlas.countsOn(pair, DAY);
                assertEquals(actingInOwnRight(atlas), counts.values().stream().mapToInt(Integer::intValue).sum(),
                        pair.name());
                int bothBound = 0;
                for (Country c : atlas.countries().values()) {
                    if (c.kind().actsInOwnRight() && atlas.history().statusOn(c.iso3(), a, DAY).statusClass().isBound()
                            && atlas.history().statusOn(c.iso3(), b, DAY).statusClass().isBound()) {
                        bothBound++;
                    }
                }
                assertEquals(bothBound, counts.get(StatusClass.BOTH_BOUND), pair.name());
                assertEquals(counts.get(StatusClass.FIRST_ONLY_BOUND),
                        atlas.countsOn(View.pair(b, a), DAY).get(StatusClass.SECOND_ONLY_BOUND), "swapped " + pair);
            }
        }
    }

    @Test
    void malaboAgainstBudapest() {
        Atlas atlas = atlas();
        View pair = View.parse("MALABO,ETS185");
        assertEquals(StatusClass.BOTH_BOUND, atlas.history().classOn("GHA", pair, DAY)); // both ratified
        assertEquals(StatusClass.FIRST_ONLY_BOUND, atlas.history().classOn("AGO", pair, DAY));
        assertEquals(StatusClass.SECOND_ONLY_BOUND, atlas.history().classOn("NGA", pair, DAY));
        assertEquals(StatusClass.SECOND_ONLY_BOUND, atlas.history().classOn("FRA", pair, DAY));
    }

    @Test
    void frameworkViewFollowsTheTreatiesEachStateIsBoundBy() {
        Atlas atlas = atlas();
        Map<StatusClass, Integer> counts = atlas.countsOn(View.FRAMEWORKS, DAY);
        assertEquals(actingInOwnRight(atlas), counts.values().stream().mapToInt(Integer::intValue).sum());
        Map<StatusClass, Integer> recount = new java.util.EnumMap<>(StatusClass.class);
        for (Country c : atlas.countries().values()) {
            if (!c.kind().actsInOwnRight()) {
                continue;
            }
            boolean un = false, budapest = false, regional = false;
            for (Treaty t : atlas.treaties().values()) {
                if (t.parent() == null && atlas.history().statusOn(c.iso3(), t.id(), DAY).statusClass().isBound()) {
                    un |= t.family() == TreatyFamily.UN;
                    budapest |= t.family() == TreatyFamily.COE;
                    regional |= t.family().isRegional();
                }
            }
            recount.merge(StatusClass.framework(un, budapest, regional), 1, Integer::sum);
        }
        recount.forEach((cls, n) -> assertEquals(n, counts.get(cls), cls.name()));
        assertEquals(StatusClass.FRAMEWORK_BUDAPEST_REGIONAL, atlas.history().classOn("GHA", View.FRAMEWORKS, DAY));
        assertEquals(StatusClass.FRAMEWORK_BUDAPEST_REGIONAL, atlas.history().classOn("ARM", View.FRAMEWORKS, DAY));
        assertEquals(StatusClass.FRAMEWORK_REGIONAL, atlas.history().classOn("EGY", View.FRAMEWORKS, DAY));
        assertEquals(StatusClass.FRAMEWORK_BUDAPEST, atlas.history().classOn("USA", View.FRAMEWORKS, DAY));
        assertEquals(StatusClass.FRAMEWORK_NONE, atlas.history().classOn("IND", View.FRAMEWORKS, DAY));
        assertEquals(StatusClass.NOT_IN_OWN_RIGHT, atlas.history().classOn("GRL", View.FRAMEWORKS, DAY));
        // the legend lists no class no state has ever been in (none is bound by all three kinds yet)
        assertFalse(atlas.classes(View.FRAMEWORKS).contains(StatusClass.FRAMEWORK_ALL));
        assertTrue(counts.get(StatusClass.FRAMEWORK_BUDAPEST) > counts.get(StatusClass.FRAMEWORK_REGIONAL));
    }

    @Test
    void viewsNamingTreatiesTheDataLackAreRefused() {
        Atlas atlas = atlas();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> atlas.requireKnown(View.parse("NATO")));
        assertTrue(e.getMessage().contains("MALABO"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> View.parse("UNCC,UNCC"));
        assertThrows(IllegalArgumentException.class, () -> View.parse("a b"));
    }
}
