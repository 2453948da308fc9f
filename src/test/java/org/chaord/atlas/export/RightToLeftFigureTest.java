package org.chaord.atlas.export;

import org.chaord.atlas.data.LoadResult;
import org.chaord.atlas.model.View;
import org.chaord.atlas.render.FigureLayout;
import org.chaord.atlas.render.FigurePainter;
import org.chaord.atlas.render.MapScene;
import org.chaord.atlas.render.PaintSurface;
import org.chaord.atlas.render.ProjectedWorld;
import org.chaord.atlas.render.TextAlign;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An Arabic figure reads from the right: title on the right, date on the left, legend on the right. */
class RightToLeftFigureTest {

    private record Placed(String text, double x, TextAlign align) {
    }

    /** Records where each text goes; measures text as 0.6 em a character. */
    private static final class Recorder implements PaintSurface {
        final List<Placed> texts = new ArrayList<>();

        @Override public void beginPath() { }
        @Override public void moveTo(double x, double y) { }
        @Override public void lineTo(double x, double y) { }
        @Override public void closePath() { }
        @Override public void fillPath(int argb) { }
        @Override public void strokePath(int argb, double width) { }
        @Override public void fillRect(double x, double y, double w, double h, int argb) { }
        @Override public void strokeRect(double x, double y, double w, double h, int argb, double width) { }
        @Override public void fillCircle(double cx, double cy, double r, int argb) { }
        @Override public void strokeCircle(double cx, double cy, double r, int argb, double width) { }
        @Override public void text(String text, double x, double y, double size, boolean bold, int argb, TextAlign a) {
            texts.add(new Placed(text, x, a));
        }
        @Override public double textWidth(String text, double size, boolean bold) {
            return text.length() * size * 0.6;
        }
        @Override public void clip(double x, double y, double w, double h) { }
        @Override public void unclip() { }
    }

    private static Recorder paint(Locale locale) {
        LoadResult data = BundledData.get();
        ExportSpec spec = ExportSpec.of(ExportFormat.PNG, View.UNCC, LocalDate.of(2026, 11, 28))
                .withTexts(locale, null, null);
        ExportService service = new ExportService();
        ProjectedWorld world = service.world(data.shapes(), spec.projection());
        MapScene scene = ExportService.compose(spec, data.atlas(), world);
        FigureLayout layout = ExportService.layout(spec);
        Recorder r = new Recorder();
        FigurePainter.paint(scene, layout, r);
        return r;
    }

    private static Placed find(Recorder r, String text) {
        return r.texts.stream().filter(p -> p.text().equals(text)).findFirst().orElseThrow(() -> new AssertionError(text));
    }

    @Test
    void englishReadsFromTheLeftAndArabicFromTheRight() {
        double middle = 1920 / 2.0;
        Recorder en = paint(Locale.ENGLISH);
        Placed enTitle = en.texts.get(0);
        assertTrue(enTitle.x() < middle);
        assertEquals(TextAlign.LEFT, enTitle.align());
        Placed enSigned = find(en, "Signed");
        assertTrue(enSigned.x() < middle, "legend on the left");

        Recorder ar = paint(new Locale("ar"));
        Placed arTitle = ar.texts.get(0);
        assertTrue(arTitle.x() > middle, "title starts on the right");
        assertEquals(TextAlign.RIGHT, arTitle.align());
        Placed arDate = ar.texts.get(1);
        assertTrue(arDate.x() < middle, "date on the left: " + arDate.text());
        Placed arSigned = ar.texts.stream().filter(p -> p.text().equals("وقّعت")).findFirst().orElseThrow();
        assertTrue(arSigned.x() > middle, "legend on the right");
        assertEquals(TextAlign.RIGHT, arSigned.align());
    }
}
