package org.chaord.atlas.bench;

import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import org.chaord.atlas.export.BundledData;
import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.PartiesOverTime;
import org.chaord.atlas.model.StatusStory;
import org.chaord.atlas.model.TreatyId;
import org.chaord.atlas.render.ChartPainter;
import org.chaord.atlas.render.ChartRequest;
import org.chaord.atlas.render.FigureLayout;
import org.chaord.atlas.render.Palette;
import org.chaord.atlas.ui.map.FxPaintSurface;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * What the chart pane and the sparklines cost: computing a treaty's chart (background, once per data or treaty
 * change), one repaint of the pane (FX thread, at most once per pulse while the date moves), and one country's
 * stories for the panel. Medians of repeated runs after a warm-up; run with a display (Xvfb) for the FX canvas.
 */
public final class ChartBenchmark {

    private ChartBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Atlas atlas = BundledData.get().atlas();
        LocalDate today = LocalDate.of(2026, 11, 28);
        for (TreatyId id : List.of(TreatyId.UNCC, TreatyId.ETS185, TreatyId.CETS224)) {
            LocalDate from = PartiesOverTime.defaultFrom(atlas.treaties().get(id), LocalDate.of(2001, 11, 23));
            double[] runs = new double[9];
            for (int i = 0; i < runs.length; i++) {
                runs[i] = BenchTools.timed(() -> PartiesOverTime.of(atlas, id, from, today));
            }
            BenchTools.print("chart.compute." + id.id(), BenchTools.median(runs), "ms");
        }
        double[] stories = new double[21];
        for (int i = 0; i < stories.length; i++) {
            stories[i] = BenchTools.timed(() -> {
                for (TreatyId id : atlas.treatyIds()) {
                    StatusStory.of(atlas, "FRA", id, LocalDate.of(2001, 11, 23), today);
                }
            });
        }
        BenchTools.print("panel.stories.all-treaties", BenchTools.median(stories), "ms");
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        up.await();
        PartiesOverTime chart = PartiesOverTime.of(atlas, TreatyId.ETS185, LocalDate.of(2001, 11, 23), today);
        double paint = BenchTools.onFx(() -> {
            Canvas canvas = new Canvas(1000, 230);
            FxPaintSurface surface = new FxPaintSurface(canvas.getGraphicsContext2D());
            double[] runs = new double[41];
            for (int i = 0; i < runs.length; i++) {
                LocalDate day = LocalDate.of(2010, 1, 1).plusDays(i * 30L);
                ChartRequest req = new ChartRequest(TreatyId.ETS185, chart.from(), chart.to(), day, Palette.DEFAULT,
                        new Texts(Locale.ENGLISH), null, null);
                runs[i] = BenchTools.timed(() -> ChartPainter.paint(atlas, chart, req,
                        new FigureLayout(1000, 230, 0.75, 48, 22.5, 0, 0, 0, null), surface));
            }
            return BenchTools.median(runs);
        });
        BenchTools.print("chart.repaint.ETS185.1000x230", paint, "ms");
        Platform.exit();
    }
}
