package org.chaord.atlas.render;

import org.chaord.atlas.export.BundledData;
import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.KeyMoment;
import org.chaord.atlas.model.StatusClass;
import org.chaord.atlas.model.TreatyFamily;
import org.chaord.atlas.model.TreatyId;
import org.chaord.atlas.model.View;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Names of treaties, pairs and the framework view in the six languages; key moments from treaties.csv. */
class TreatyTextsTest {

    private static final Texts EN = new Texts(Locale.ENGLISH);

    @Test
    void pairLabelsNameTheTwoTreaties() {
        View pair = View.parse("MALABO,ETS185");
        assertEquals("Malabo (AU) \u00d7 Budapest", EN.viewName(pair));
        assertEquals("Malabo (AU) only, bound", EN.className(pair, StatusClass.FIRST_ONLY_BOUND));
        assertEquals("Budapest only, signed", EN.className(pair, StatusClass.SECOND_ONLY_SIGNED));
        assertEquals("Malabo (UA) seulement, lié", new Texts(Locale.FRENCH).className(pair, StatusClass.FIRST_ONLY_BOUND));
        // the default pair keeps its own wording
        assertEquals("UN only, ratified", EN.className(View.COMPARISON, StatusClass.FIRST_ONLY_BOUND));
        assertEquals("Comparison", EN.viewShortName(View.COMPARISON));
    }

    @Test
    void everyBundledTreatyAndTheFrameworkViewHaveNamesInEveryLanguage() {
        Atlas atlas = BundledData.get().atlas();
        for (String lang : List.of("en", "fr", "es", "ru", "zh", "ar")) {
            Texts t = new Texts(Locale.forLanguageTag(lang));
            for (View v : atlas.views()) {
                assertTrue(!t.viewName(v).startsWith("view.") && !t.viewName(v).equals(v.name()), lang + " " + v);
                for (StatusClass c : atlas.classes(v)) {
                    assertTrue(!t.className(v, c).startsWith("class.") && !t.className(v, c).contains("{"),
                            lang + " " + v + " " + c);
                }
            }
            for (TreatyFamily f : TreatyFamily.values()) {
                assertTrue(!t.familyName(f).startsWith("family."), lang + " " + f);
            }
        }
    }

    @Test
    void aTreatyTheBundlesDoNotKnowIsNamedByItsId() {
        TreatyId made = TreatyId.parse("MADEUP");
        assertEquals("MADEUP", EN.viewName(View.of(made)));
        assertEquals("MADEUP only, bound", EN.className(View.pair(made, TreatyId.UNCC), StatusClass.FIRST_ONLY_BOUND));
    }

    @Test
    void aTreatyAddedByCsvIsNamedByItsTreatiesCsvNames() {
        TreatyId made = TreatyId.parse("MADEUP");
        org.chaord.atlas.model.Treaty row = new org.chaord.atlas.model.Treaty(made, "Made-up Pact", "The Made-up Pact "
                + "on Everything", "", null, null, null, 2, "", null, "", new org.chaord.atlas.model.EntryIntoForceTerms(2,
                org.chaord.atlas.model.EntryIntoForceRule.DAYS_AFTER, 1, org.chaord.atlas.model.EntryIntoForceRule.DAYS_AFTER,
                1, false), null, TreatyFamily.OTHER);
        Texts t = new Texts(Locale.FRENCH).withTreaties(Map.of(made, row));
        assertEquals("The Made-up Pact on Everything", t.viewName(View.of(made)));
        assertEquals("Made-up Pact seulement, lié", t.className(View.pair(made, TreatyId.UNCC), StatusClass.FIRST_ONLY_BOUND));
        assertEquals("Convention ONU", t.treatyShortName(TreatyId.UNCC), "the bundles' names win");
    }

    @Test
    void trackerCountsInstrumentsUntilTheRuleBringsATreatyIntoForceAndThenSaysItWasComputed() {
        Atlas atlas = BundledData.get().atlas();
        assertEquals("3 of 5 instruments", SceneComposer.trackerText(atlas, View.CETS224, LocalDate.of(2026, 11, 28), EN));
        LocalDate arab = atlas.history().treatyInForce(TreatyId.ARAB2010);
        assertEquals("0 of 7 instruments", SceneComposer.trackerText(atlas, View.of(TreatyId.ARAB2010),
                LocalDate.of(2013, 1, 1), EN));
        assertTrue(SceneComposer.trackerText(atlas, View.of(TreatyId.ARAB2010), arab.minusDays(1), EN)
                .startsWith("7 of 7 instruments \u00b7 entry into force "));
        assertEquals("in force " + EN.date(arab) + " (computed by the treaty rule)",
                SceneComposer.trackerText(atlas, View.of(TreatyId.ARAB2010), arab, EN));
        assertEquals("", SceneComposer.trackerText(atlas, View.ETS185, LocalDate.of(2026, 11, 28), EN), "stated in force");
        assertEquals("", SceneComposer.trackerText(atlas, View.COMPARISON, LocalDate.of(2026, 11, 28), EN));
    }

    @Test
    void keyMomentsComeFromTheTreatiesDates() {
        List<KeyMoment> moments = KeyMoment.of(BundledData.get().atlas());
        assertTrue(moments.contains(new KeyMoment(TreatyId.ETS185, KeyMoment.Kind.OPENED, LocalDate.of(2001, 11, 23), false)));
        assertTrue(moments.contains(new KeyMoment(TreatyId.ETS185, KeyMoment.Kind.IN_FORCE, LocalDate.of(2004, 7, 1), false)));
        assertTrue(moments.contains(new KeyMoment(TreatyId.UNCC, KeyMoment.Kind.ADOPTED, LocalDate.of(2024, 12, 24), false)));
        assertTrue(moments.contains(new KeyMoment(TreatyId.UNCC, KeyMoment.Kind.OPENED, LocalDate.of(2025, 10, 25), false)));
        assertTrue(moments.contains(new KeyMoment(TreatyId.MALABO, KeyMoment.Kind.IN_FORCE, LocalDate.of(2023, 6, 8), false)));
        KeyMoment arab = moments.stream().filter(m -> m.treaty().equals(TreatyId.ARAB2010)
                && m.kind() == KeyMoment.Kind.IN_FORCE).findFirst().orElseThrow();
        assertTrue(arab.computed(), "no stated day: computed by the rule");
        assertTrue(moments.stream().noneMatch(m -> m.treaty().equals(TreatyId.UNCC) && m.kind() == KeyMoment.Kind.IN_FORCE));
        for (int i = 1; i < moments.size(); i++) {
            assertTrue(!moments.get(i).day().isBefore(moments.get(i - 1).day()), "oldest first");
        }
        assertEquals("Budapest: opened for signature",
                EN.keyMoment(new KeyMoment(TreatyId.ETS185, KeyMoment.Kind.OPENED, LocalDate.of(2001, 11, 23), false)));
        assertEquals("Arab Convention (LAS): in force (computed by the treaty rule)", EN.keyMoment(arab));
    }
}
