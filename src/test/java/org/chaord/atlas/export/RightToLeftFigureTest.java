package org.chaord.atlas.export;

import org.chaord.atlas.data.LoadResult;
import org.chaord.atlas.model.View;
import org.chaord.atlas.render.FigureLayout;
import org.chaord.atlas.render.FigurePainter;
import org.chaord.atlas.render.MapScene;
import org.chaord.atlas.render.MeasuringSurface;
import org.chaord.atlas.render.ProjectedWorld;
import org.chaord.atlas.render.TextAlign;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An Arabic figure reads from the right: title on the right, date on the left, legend on the right. */
class RightToLeftFigureTest {

    private static MeasuringSurface paint(Locale locale) {
        LoadResult data = BundledData.get();
        ExportSpec spec = ExportSpec.of(ExportFormat.PNG, View.UNCC, LocalDate.of(2026, 11, 28))
                .withLocale(locale);
        ExportService service = new ExportService();
        ProjectedWorld world = service.world(data.shapes(), spec.projection());
        MapScene scene = ExportService.compose(spec, data.atlas(), world);
        FigureLayout layout = ExportService.layout(spec);
        MeasuringSurface r = new MeasuringSurface();
        FigurePainter.paint(scene, layout, r);
        return r;
    }

    private static MeasuringSurface.Placed find(MeasuringSurface r, String text) {
        return r.texts.stream().filter(p -> p.text().equals(text)).findFirst().orElseThrow(() -> new AssertionError(text));
    }

    @Test
    void englishReadsFromTheLeftAndArabicFromTheRight() {
        double middle = 1920 / 2.0;
        MeasuringSurface en = paint(Locale.ENGLISH);
        MeasuringSurface.Placed enTitle = en.texts.get(0);
        assertTrue(enTitle.x() < middle);
        assertEquals(TextAlign.LEFT, enTitle.align());
        MeasuringSurface.Placed enSigned = find(en, "Signed");
        assertTrue(enSigned.x() < middle, "legend on the left");

        MeasuringSurface ar = paint(new Locale("ar"));
        MeasuringSurface.Placed arTitle = ar.texts.get(0);
        assertTrue(arTitle.x() > middle, "title starts on the right");
        assertEquals(TextAlign.RIGHT, arTitle.align());
        MeasuringSurface.Placed arDate = ar.texts.get(1);
        assertTrue(arDate.x() < middle, "date on the left: " + arDate.text());
        MeasuringSurface.Placed arSigned = ar.texts.stream().filter(p -> p.text().equals("وقّعت")).findFirst().orElseThrow();
        assertTrue(arSigned.x() > middle, "legend on the right");
        assertEquals(TextAlign.RIGHT, arSigned.align());
    }
}
