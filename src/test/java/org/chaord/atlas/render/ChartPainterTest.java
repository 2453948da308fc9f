package org.chaord.atlas.render;

import org.chaord.atlas.export.BundledData;
import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.PartiesOverTime;
import org.chaord.atlas.model.StatusClass;
import org.chaord.atlas.model.TreatyId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The chart's marks where the screen's hover and click expect them: the frame the painter reports is the one it paints. */
class ChartPainterTest {

    static final LocalDate TO = LocalDate.of(2026, 11, 28);

    private static RecordingSurface paint(TreatyId treaty, LocalDate from, LocalDate marked, Palette p, double w, double h,
                                          ChartFrame[] frame) {
        Atlas atlas = BundledData.get().atlas();
        PartiesOverTime chart = PartiesOverTime.of(atlas, treaty, from, TO);
        ChartRequest req = new ChartRequest(treaty, from, TO, marked, p, new Texts(Locale.ENGLISH), null, null);
        FigureLayout layout = FigureLayout.of(w, h);
        RecordingSurface s = new RecordingSurface();
        ChartPainter.paint(atlas, chart, req, layout, s);
        frame[0] = ChartPainter.frame(chart, layout, s);
        return s;
    }

    @ParameterizedTest
    @EnumSource(Palette.class)
    void theMarkedDayIsAnAccentLineAtItsXAcrossThePlot(Palette p) {
        ChartFrame[] f = new ChartFrame[1];
        LocalDate day = LocalDate.of(2012, 3, 1);
        RecordingSurface s = paint(TreatyId.ETS185, LocalDate.of(2001, 11, 23), day, p, 1200, 400, f);
        List<RecordingSurface.Shape> accent = s.of("rect").stream() // greyscale's accent is black, like the ticks
                .filter(r -> r.argb() == p.accent() && r.h() > (f[0].bottom() - f[0].plotTop()) / 2).toList();
        assertEquals(1, accent.size());
        assertEquals(f[0].x(day), accent.get(0).x() + accent.get(0).w() / 2, 1e-9);
        assertEquals(f[0].plotTop(), accent.get(0).y(), 1e-9);
        assertEquals(f[0].bottom(), accent.get(0).y() + accent.get(0).h(), 1e-9);
        assertEquals(day, f[0].dayAt(f[0].x(day)), "the frame turns that x back into the day (hover, click)");
        assertTrue(s.texts.stream().anyMatch(t -> t.text().equals(new Texts(Locale.ENGLISH).date(day))
                && Math.abs(t.x() - f[0].x(day)) < 1e-9), "its date is written over it");
    }

    @Test
    void theUnConventionsFortyInstrumentLineIsAtFortyAndAMarkedDayOutsideTheRangeSitsAtItsEdge() {
        ChartFrame[] f = new ChartFrame[1];
        Palette p = Palette.DEFAULT;
        RecordingSurface s = paint(TreatyId.UNCC, LocalDate.of(2024, 12, 24), LocalDate.of(2030, 1, 1), p, 1600, 600, f);
        List<RecordingSurface.Shape> threshold = s.of("rect").stream()
                .filter(r -> r.argb() == p.fill(StatusClass.DENOUNCED) && r.w() > 100).toList();
        assertEquals(1, threshold.size(), "one line across the plot");
        assertEquals(f[0].y(40), threshold.get(0).y() + threshold.get(0).h() / 2, 1e-9);
        assertEquals(f[0].left(), threshold.get(0).x(), 1e-9);
        RecordingSurface.Shape marker = s.of("rect").stream().filter(r -> r.argb() == p.accent()).findFirst().orElseThrow();
        assertEquals(f[0].right(), marker.x() + marker.w() / 2, 1e-9, "a day after the range is marked at its end");
    }

    @Test
    void theLegendSwatchesAreTheSeriesColours() {
        ChartFrame[] f = new ChartFrame[1];
        Palette p = Palette.COLOR_BLIND_SAFE;
        RecordingSurface s = paint(TreatyId.ETS185, LocalDate.of(2001, 11, 23), TO, p, 1200, 400, f);
        for (int colour : List.of(p.fill(StatusClass.SIGNED), p.fill(StatusClass.RATIFIED), p.fill(StatusClass.PARTY))) {
            assertTrue(s.of("rect").stream().anyMatch(r -> r.argb() == colour), Integer.toHexString(colour));
        }
    }
}
