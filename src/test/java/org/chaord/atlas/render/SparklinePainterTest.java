package org.chaord.atlas.render;

import org.chaord.atlas.export.BundledData;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.EventType;
import org.chaord.atlas.model.StatusBand;
import org.chaord.atlas.model.StatusClass;
import org.chaord.atlas.model.StatusEvent;
import org.chaord.atlas.model.StatusStory;
import org.chaord.atlas.model.TreatyId;
import org.chaord.atlas.model.View;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The side panel's sparkline: bands in the palette's colours where the class holds, marks where the events are. */
class SparklinePainterTest {

    static final LocalDate FROM = LocalDate.of(2001, 11, 23);
    static final LocalDate TO = LocalDate.of(2026, 11, 28);

    private static StatusStory brazilUnderBudapest() {
        return StatusStory.of(BundledData.get().atlas(), "BRA", TreatyId.ETS185, FROM, TO);
    }

    @Test
    void bandsFollowTheClassDayByDayAsTheLegendShowsIt() {
        Atlas atlas = BundledData.get().atlas();
        for (String iso3 : List.of("BRA", "FRA", "USA", "RUS", "NGA")) {
            for (TreatyId treaty : List.of(TreatyId.ETS185, TreatyId.UNCC, TreatyId.CETS224)) {
                StatusStory story = StatusStory.of(atlas, iso3, treaty, FROM, TO);
                LocalDate previousEnd = FROM.minusDays(1);
                for (StatusBand b : story.bands()) {
                    assertEquals(previousEnd.plusDays(1), b.from(), "bands follow each other without a gap");
                    previousEnd = b.to();
                }
                assertEquals(TO, previousEnd);
                for (LocalDate day : atlas.history().changeDays(View.of(treaty))) {
                    if (day.isAfter(FROM) && !day.isAfter(TO)) {
                        assertEquals(atlas.history().classOn(iso3, View.of(treaty), day), story.classOn(day),
                                iso3 + " " + treaty + " " + day);
                        assertEquals(atlas.history().classOn(iso3, View.of(treaty), day.minusDays(1)),
                                story.classOn(day.minusDays(1)),
                                iso3 + " " + treaty + " the day before " + day);
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Palette.class)
    void bandsArePaintedInThePaletteColourOfTheirClassWhereTheyAre(Palette palette) {
        StatusStory story = brazilUnderBudapest();
        List<StatusClass> classes = story.bands().stream().map(StatusBand::statusClass).toList();
        assertEquals(List.of(StatusClass.NONE, StatusClass.INVITED, StatusClass.RATIFIED, StatusClass.PARTY), classes,
                "Brazil: invited (known by July 2022), acceded 30 Nov 2022, in force 1 Mar 2023");
        SparklineFrame f = SparklineFrame.of(story, 400, 40);
        RecordingSurface s = new RecordingSurface();
        SparklinePainter.paint(story, f, palette, null, s);
        List<RecordingSurface.Shape> bands = s.of("rect").subList(0, story.bands().size());
        for (int i = 0; i < bands.size(); i++) {
            StatusBand band = story.bands().get(i);
            RecordingSurface.Shape painted = bands.get(i);
            assertEquals(palette.fill(band.statusClass()), painted.argb(), band.toString());
            assertEquals(f.x(band.from()), painted.x(), 1e-9, "starts at its first day");
            assertEquals(f.x(band.to().plusDays(1)), painted.x() + painted.w(), 1.0, "ends after its last day");
        }
        assertEquals(f.left(), bands.get(0).x(), 1e-9);
        assertEquals(f.right(), bands.get(bands.size() - 1).x() + bands.get(bands.size() - 1).w(), 1.0);
    }

    @Test
    void eachEventIsAMarkAtItsDayHollowWhenTheDateIsApproximate() {
        StatusStory story = brazilUnderBudapest();
        SparklineFrame f = SparklineFrame.of(story, 400, 40);
        RecordingSurface s = new RecordingSurface();
        SparklinePainter.paint(story, f, Palette.DEFAULT, null, s);
        List<StatusEvent> events = story.events();
        assertEquals(List.of(EventType.INVITED, EventType.ACCEDED, EventType.ENTERED_INTO_FORCE),
                events.stream().map(StatusEvent::type).toList());
        List<RecordingSurface.Shape> rings = s.of("ring");
        List<RecordingSurface.Shape> dots = s.of("circle").stream()
                .filter(c -> c.argb() == Palette.DEFAULT.text()).toList();
        assertEquals(1, rings.size(), "the invitation has no exact date (known by 6 Jul 2022)");
        assertEquals(f.x(LocalDate.of(2022, 7, 6)), rings.get(0).x(), 1e-9);
        assertEquals(List.of(f.x(LocalDate.of(2022, 11, 30)), f.x(LocalDate.of(2023, 3, 1))),
                dots.stream().map(RecordingSurface.Shape::x).toList());
    }

    @Test
    void aPointerPicksTheNearestMarkAndNothingFarFromOne() {
        StatusStory story = brazilUnderBudapest();
        SparklineFrame f = SparklineFrame.of(story, 1200, 40);
        double accession = f.x(LocalDate.of(2022, 11, 30));
        assertEquals(EventType.ACCEDED, f.eventAt(story, accession + 2).type());
        assertEquals(EventType.ENTERED_INTO_FORCE, f.eventAt(story, f.x(LocalDate.of(2023, 3, 1)) - 1).type());
        assertNull(f.eventAt(story, f.x(LocalDate.of(2010, 1, 1))), "no event in 2010");
    }

    @Test
    void theMarkedDayIsAnAccentLineAtItsX() {
        StatusStory story = brazilUnderBudapest();
        SparklineFrame f = SparklineFrame.of(story, 400, 40);
        RecordingSurface s = new RecordingSurface();
        LocalDate day = LocalDate.of(2015, 6, 1);
        SparklinePainter.paint(story, f, Palette.DEFAULT, day, s);
        List<RecordingSurface.Shape> accent = s.of("rect").stream()
                .filter(r -> r.argb() == Palette.DEFAULT.accent()).toList();
        assertEquals(1, accent.size());
        assertEquals(f.x(day), accent.get(0).x() + accent.get(0).w() / 2, 1e-9);
        assertTrue(s.texts.stream().anyMatch(t -> t.text().equals("2001")));
    }
}
