package org.chaord.atlas.render;

import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.data.LoadResult;
import org.chaord.atlas.export.BundledData;
import org.chaord.atlas.geo.MapProjection;
import org.chaord.atlas.geo.ProjectionKind;
import org.chaord.atlas.model.ChangeClass;
import org.chaord.atlas.model.StatusChanges;
import org.chaord.atlas.model.StatusClass;
import org.chaord.atlas.model.View;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChangeSceneTest {

    static final LocalDate D1 = LocalDate.of(2025, 10, 24);
    static final LocalDate D2 = LocalDate.of(2025, 10, 27);
    static LoadResult data;
    static ProjectedWorld world;

    @BeforeAll
    static void load() {
        data = BundledData.get();
        world = ProjectedWorld.build(data.shapes(), MapProjection.of(ProjectionKind.defaultKind()));
    }

    static SceneRequest request(View view, LocalDate day, Locale locale) {
        FigureLayout layout = FigureLayout.of(1920, 1080);
        return new SceneRequest(MapFrame.of(view, day).withTexts(new Texts(locale)), layout.mapViewport(world.bounds()),
                Highlights.NONE);
    }

    @Test
    void changeMapIsFilledByChangeClassAndItsLegendCountsThem() {
        ChangeScene.Composed c = ChangeScene.compose(data.atlas(), world, request(View.UNCC, D2, Locale.ENGLISH), D1, 1);
        StatusChanges changes = c.changes();
        for (SceneCountry sc : c.scene().countries()) {
            int expected = sc.statusClass() == StatusClass.NOT_IN_OWN_RIGHT ? Palette.DEFAULT.fill(StatusClass.NOT_IN_OWN_RIGHT)
                    : ChangeClassStyle.fill(Palette.DEFAULT, changes.classOf(sc.iso3()));
            assertEquals(expected, sc.fill(), sc.iso3());
        }
        assertEquals(ChangeClassStyle.fill(Palette.DEFAULT, ChangeClass.NEWLY_SIGNED), fillOf(c.scene(), "FRA"));
        assertEquals(ChangeClassStyle.fill(Palette.DEFAULT, ChangeClass.UNCHANGED), fillOf(c.scene(), "USA"));
        List<LegendEntry> legend = c.scene().legend();
        assertEquals(ChangeClass.values().length + 1, legend.size(), "change classes and the territory line");
        assertEquals("Newly signed", legend.get(0).label());
        assertEquals(72, legend.get(0).count());
        Texts en = new Texts(Locale.ENGLISH);
        assertEquals("Changes between " + en.date(D1) + " and " + en.date(D2), c.scene().title());
    }

    @Test
    void datesGivenTheWrongWayRoundAreSwappedInTheFigure() {
        ChangeScene.Composed c = ChangeScene.compose(data.atlas(), world, request(View.UNCC, D1, Locale.ENGLISH), D2, 1);
        assertTrue(c.changes().swapped());
        assertEquals(D2, c.scene().request().date(), "the map shows the later day");
        assertEquals(72, c.scene().legend().get(0).count());
    }

    @Test
    void theEuropeanUnionNoteAppearsWhereAndWhenTheEuActs() {
        Texts en = new Texts(Locale.ENGLISH);
        String expected = "European Union (regional economic integration organisation): signed " + en.date(LocalDate.of(2025, 10, 25));
        assertEquals(List.of(expected), FigureNotes.organisations(data.atlas(), View.UNCC, D2, en));
        assertEquals(List.of(), FigureNotes.organisations(data.atlas(), View.UNCC, D1, en), "not before it signed");
        assertEquals(List.of(), FigureNotes.organisations(data.atlas(), View.ETS185, D2, en), "not a Budapest party");
        assertEquals(List.of(expected + " (UN Convention)"), FigureNotes.organisations(data.atlas(), View.COMPARISON, D2, en));
        MapScene scene = SceneComposer.compose(data.atlas(), world, request(View.UNCC, D2, Locale.ENGLISH), 1);
        assertEquals(List.of(expected), scene.notes());
        MeasuringSurface s = new MeasuringSurface();
        FigurePainter.paint(scene, FigureLayout.of(1920, 1080), s);
        assertTrue(s.texts.stream().anyMatch(t -> t.text().equals(expected)), "the figure prints the note");
        for (String lang : List.of("fr", "es", "ru", "zh", "ar")) {
            Texts t = new Texts(Locale.forLanguageTag(lang));
            String note = FigureNotes.organisations(data.atlas(), View.UNCC, D2, t).get(0);
            assertTrue(note.contains(t.date(LocalDate.of(2025, 10, 25))) && !note.contains("{") && !note.equals(expected), note);
        }
    }

    @Test
    void movingToRepaintsOnlyTheCountriesWhoseChangeClassMoved() {
        LocalDate[] days = {LocalDate.of(2025, 10, 25), LocalDate.of(2025, 10, 26), LocalDate.of(2026, 2, 10),
                LocalDate.of(2026, 5, 21)};
        ChangeScene.Composed previous = ChangeScene.compose(data.atlas(), world, request(View.UNCC, D1, Locale.ENGLISH), D1, 1);
        for (LocalDate to : days) {
            ChangeScene.Composed next = ChangeScene.compose(data.atlas(), world, request(View.UNCC, to, Locale.ENGLISH), D1, 1);
            Set<String> moved = previous.changes().withTo(to).movedSince(previous.changes());
            assertEquals(next.changes().classes(), previous.changes().withTo(to).classes());
            assertTrue(!moved.isEmpty(), to + ": something moved");
            for (SceneCountry c : next.scene().countries()) {
                if (!moved.contains(c.iso3())) {
                    assertEquals(fillOf(previous.scene(), c.iso3()), c.fill(), to + " " + c.iso3() + " kept its fill");
                }
            }
            previous = next;
        }
    }

    private static int fillOf(MapScene scene, String iso3) {
        return scene.countries().stream().filter(c -> c.iso3().equals(iso3)).findFirst().orElseThrow().fill();
    }
}
