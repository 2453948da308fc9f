package org.chaord.atlas.render;

import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.ChartStep;
import org.chaord.atlas.model.PartiesOverTime;
import org.chaord.atlas.model.PartiesSeries;
import org.chaord.atlas.model.StatusClass;
import org.chaord.atlas.model.View;

import java.time.LocalDate;
import java.util.Map;

/**
 * Paints a parties-over-time step chart through the painter contract, as a figure with the same header, type and
 * footer as the maps: one step line per series (coloured as the legend class it counts), count and date axes with
 * their labels as text, the UN Convention's instrument threshold and (projected) entry into force, the marked day,
 * and a legend with each series' count on that day.
 */
public final class ChartPainter {

    private ChartPainter() {
    }

    /** The colour of a series: the legend class it adds last (signatories = signed, bound = ratified, in force = party). */
    public static int colour(Palette p, PartiesSeries series) {
        return p.fill(switch (series) {
            case SIGNATORIES -> StatusClass.SIGNED;
            case BOUND -> StatusClass.RATIFIED;
            case IN_FORCE -> StatusClass.PARTY;
        });
    }

    public static void paint(Atlas atlas, PartiesOverTime chart, ChartRequest req, FigureLayout layout, PaintSurface s) {
        Palette p = req.palette();
        Texts t = req.texts();
        double k = layout.k();
        View view = View.of(req.treaty());
        LocalDate marked = req.marked() == null ? null
                : req.marked().isBefore(chart.from()) ? chart.from() : req.marked().isAfter(chart.to()) ? chart.to() : req.marked();
        s.fillRect(0, 0, layout.width(), layout.height(), p.background());
        paintHeader(atlas, req, view, marked, layout, s);
        ChartFrame f = frame(chart, layout, s);
        paintAxes(f, t, p, k, s);
        s.beginGroup("series");
        for (PartiesSeries series : PartiesSeries.ALL) {
            s.beginGroup("series-" + series.name());
            s.beginPath();
            ChartStep first = chart.steps().firstEntry().getValue();
            double y = f.y(first.count(series));
            s.moveTo(f.x(chart.from()), y);
            for (Map.Entry<LocalDate, ChartStep> e : chart.steps().tailMap(chart.from(), false).entrySet()) {
                double x = f.x(e.getKey());
                s.lineTo(x, y);
                y = f.y(e.getValue().count(series));
                s.lineTo(x, y);
            }
            s.lineTo(f.x(chart.to()), y);
            s.strokePath(colour(p, series), 2.4 * k);
            s.endGroup();
        }
        s.endGroup();
        paintMarks(chart, t, p, k, f, marked, s);
        paintLegend(chart, t, p, k, f, marked != null ? marked : chart.to(), s);
        s.beginGroup("text");
        double footY = layout.height() - 12 * k;
        String asOf = atlas.dataAsOf() == null ? "?" : t.date(atlas.dataAsOf());
        s.text(t.get("figure.source", asOf), 16 * k, footY, 11 * k, false, p.text(), TextAlign.LEFT);
        s.endGroup();
    }

    /** Where the plot sits on the page and its scales: what a hover needs to turn a pointer x into a day. */
    public static ChartFrame frame(PartiesOverTime chart, FigureLayout layout, PaintSurface s) {
        double k = layout.k();
        int top = ChartAxis.niceTop(Math.max(chart.maxCount(), chart.threshold()));
        double yLabelW = s.textWidth(Integer.toString(top), 12 * k, false);
        return new ChartFrame(16 * k + yLabelW + 10 * k, layout.headerHeight() + 24 * k,
                layout.width() - 24 * k, layout.height() - layout.footerHeight() - 30 * k, chart.from(), chart.to(), top);
    }

    private static void paintHeader(Atlas atlas, ChartRequest req, View view, LocalDate marked, FigureLayout layout,
                                    PaintSurface s) {
        Texts t = req.texts();
        Palette p = req.palette();
        double k = layout.k();
        boolean rtl = "ar".equals(t.locale().getLanguage());
        double startX = rtl ? layout.width() - 16 * k : 16 * k;
        double endX = rtl ? 16 * k : layout.width() - 16 * k;
        TextAlign start = rtl ? TextAlign.RIGHT : TextAlign.LEFT;
        TextAlign end = rtl ? TextAlign.LEFT : TextAlign.RIGHT;
        String title = req.title() != null && !req.title().isBlank() ? req.title() : t.get("chart.title", t.viewName(view));
        String dateLine = marked == null ? "" : t.get("figure.date", t.longDate(marked));
        s.beginGroup("title");
        double room = layout.width() - 48 * k - s.textWidth(dateLine, 20 * k, true);
        double size = FigurePainter.fitSize(s, title, room, 26 * k, 16 * k);
        s.text(FigurePainter.fit(s, title, room, size), startX, 34 * k, size, true, p.text(), start);
        if (req.subtitle() != null && !req.subtitle().isBlank()) {
            s.text(req.subtitle(), startX, 58 * k, 15 * k, false, p.text(), start);
        }
        s.text(dateLine, endX, 34 * k, 20 * k, true, p.text(), end);
        String tracker = marked == null ? "" : SceneComposer.trackerText(atlas, view, marked, t);
        s.text(tracker, endX, 58 * k, 13 * k, false, p.text(), end);
        s.endGroup();
    }

    private static void paintAxes(ChartFrame f, Texts t, Palette p, double k, PaintSurface s) {
        int grid = (p.text() & 0x00FFFFFF) | 0x26000000;
        s.beginGroup("axes");
        for (ChartAxis.Tick tick : ChartAxis.countTicks(f.top())) {
            double y = f.y((int) tick.value());
            s.fillRect(f.left(), y - 0.4 * k, f.right() - f.left(), 0.8 * k, grid);
            s.text(tick.label(), f.left() - 6 * k, y + 4 * k, 12 * k, false, p.text(), TextAlign.RIGHT);
        }
        int maxTicks = (int) Math.max(2, (f.right() - f.left()) / (90 * k));
        for (ChartAxis.Tick tick : ChartAxis.dateTicks(f.from(), f.to(), maxTicks, t)) {
            double x = f.x(LocalDate.ofEpochDay((long) tick.value()));
            s.fillRect(x - 0.4 * k, f.bottom(), 0.8 * k, 5 * k, p.text());
            s.text(tick.label(), x, f.bottom() + 20 * k, 12 * k, false, p.text(), TextAlign.CENTER);
        }
        s.fillRect(f.left(), f.bottom() - 0.6 * k, f.right() - f.left(), 1.2 * k, p.text());
        s.text(t.get("chart.axis.count"), f.left(), f.plotTop() - 10 * k, 12 * k, true, p.text(), TextAlign.LEFT);
        s.endGroup();
    }

    private static void paintMarks(PartiesOverTime chart, Texts t, Palette p, double k, ChartFrame f, LocalDate marked,
                                   PaintSurface s) {
        s.beginGroup("marks");
        if (chart.threshold() > 0) {
            double y = f.y(chart.threshold());
            s.fillRect(f.left(), y - 0.7 * k, f.right() - f.left(), 1.4 * k, p.fill(StatusClass.DENOUNCED));
            s.text(t.get("chart.threshold", chart.threshold()), f.right() - 4 * k, y - 5 * k, 12 * k, false,
                    p.text(), TextAlign.RIGHT);
        }
        LocalDate eif = chart.entryIntoForce();
        if (eif != null && !eif.isBefore(chart.from()) && !eif.isAfter(chart.to())) {
            double x = f.x(eif);
            s.fillRect(x - 0.7 * k, f.plotTop(), 1.4 * k, f.bottom() - f.plotTop(), p.fill(StatusClass.PARTY));
            s.text(t.get("chart.entryIntoForce", t.date(eif)), x - 4 * k, f.plotTop() + 14 * k, 12 * k, false,
                    p.text(), TextAlign.RIGHT);
        }
        if (marked != null) {
            double x = f.x(marked);
            s.fillRect(x - 0.9 * k, f.plotTop(), 1.8 * k, f.bottom() - f.plotTop(), p.accent());
            s.text(t.date(marked), x, f.plotTop() - 10 * k, 12 * k, true, p.accent(),
                    x > f.right() - 80 * k ? TextAlign.RIGHT : TextAlign.CENTER);
        }
        s.endGroup();
    }

    private static void paintLegend(PartiesOverTime chart, Texts t, Palette p, double k, ChartFrame f, LocalDate day,
                                    PaintSurface s) {
        double size = 12 * k;
        double row = 19 * k;
        double labelW = 0;
        for (PartiesSeries series : PartiesSeries.ALL) {
            labelW = Math.max(labelW, s.textWidth(t.get("chart.series." + series.name()), size, false));
        }
        double countW = s.textWidth(Integer.toString(chart.maxCount()), size, false);
        double boxW = 30 * k + labelW + 14 * k + countW;
        double boxH = row * PartiesSeries.ALL.size() + 12 * k;
        double x = f.left() + 10 * k;
        double y = f.plotTop() + 10 * k;
        s.beginGroup("legend");
        s.fillRect(x, y, boxW, boxH, (p.background() & 0x00FFFFFF) | 0xE6000000);
        s.strokeRect(x, y, boxW, boxH, p.border() == 0xFFFFFFFF ? 0xFFBBBBBB : p.border(), 0.8 * k);
        double yy = y + 6 * k;
        for (PartiesSeries series : PartiesSeries.ALL) {
            double mid = yy + row / 2;
            s.fillRect(x + 6 * k, mid - 1.5 * k, 18 * k, 3 * k, colour(p, series));
            s.text(t.get("chart.series." + series.name()), x + 30 * k, yy + row * 0.72, size, false, p.text(), TextAlign.LEFT);
            s.text(Integer.toString(chart.countOn(series, day)), x + boxW - 6 * k, yy + row * 0.72, size, true, p.text(),
                    TextAlign.RIGHT);
            yy += row;
        }
        s.endGroup();
    }
}
