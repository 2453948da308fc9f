package org.chaord.atlas.export;

import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.PartiesSeries;
import org.chaord.atlas.model.StatusClass;
import org.chaord.atlas.model.TreatyId;
import org.chaord.atlas.model.View;
import org.chaord.atlas.render.ChartRequest;
import org.chaord.atlas.render.MeasuringSurface;
import org.chaord.atlas.render.Palette;
import org.chaord.atlas.i18n.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartExportTest {

    static final LocalDate FROM = LocalDate.of(2001, 11, 23);
    static final LocalDate TO = LocalDate.of(2026, 11, 28);

    @TempDir
    Path dir;

    private static ChartRequest request(TreatyId treaty, LocalDate marked, Locale locale) {
        return new ChartRequest(treaty, FROM, TO, marked, Palette.DEFAULT, new Texts(locale), null, null);
    }

    @Test
    void svgAxisLabelsAndLegendAreTextElements() throws Exception {
        Atlas atlas = BundledData.get().atlas();
        Path out = new ChartExport().write(atlas, request(TreatyId.ETS185, LocalDate.of(2024, 6, 20), Locale.ENGLISH),
                ExportFormat.SVG, 1600, 900, 96, dir.resolve("chart.svg"));
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = factory.newDocumentBuilder().parse(out.toFile());
        NodeList nodes = doc.getElementsByTagName("text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        for (String label : List.of("2005", "2010", "2015", "2020", "2025", "0", "20", "40", "60", "80",
                "States and organisations", "Parties over time: Budapest Convention (ETS 185)", "In force")) {
            assertTrue(texts.contains(label), label + " in " + texts);
        }
        int parties = atlas.countsOn(View.ETS185, LocalDate.of(2024, 6, 20)).get(StatusClass.PARTY);
        int inForce = texts.indexOf("In force");
        assertEquals(Integer.toString(parties), texts.get(inForce + 1), "the legend counts the marked day");
        assertTrue(Files.readString(out, StandardCharsets.UTF_8).contains("id='series-SIGNATORIES'"));
    }

    @Test
    void legendCountsEqualTheAtlasCountsOnTheMarkedDay() {
        Atlas atlas = BundledData.get().atlas();
        for (TreatyId treaty : List.of(TreatyId.UNCC, TreatyId.ETS185, TreatyId.CETS224)) {
            for (LocalDate day : List.of(LocalDate.of(2022, 11, 30), LocalDate.of(2025, 10, 26), TO)) {
                MeasuringSurface s = new MeasuringSurface();
                ChartExport.figure(atlas, request(treaty, day, Locale.ENGLISH), 1920, 1080).accept(s);
                Map<StatusClass, Integer> c = atlas.countsOn(View.of(treaty), day);
                Texts en = new Texts(Locale.ENGLISH);
                assertEquals(Integer.toString(c.get(StatusClass.PARTY)), after(s, en.get("chart.series." + PartiesSeries.IN_FORCE)));
                assertEquals(Integer.toString(c.get(StatusClass.PARTY) + c.get(StatusClass.RATIFIED)),
                        after(s, en.get("chart.series." + PartiesSeries.BOUND)), treaty + " " + day);
                assertEquals(Integer.toString(c.get(StatusClass.PARTY) + c.get(StatusClass.RATIFIED) + c.get(StatusClass.SIGNED)),
                        after(s, en.get("chart.series." + PartiesSeries.SIGNATORIES)), treaty + " " + day);
            }
        }
    }

    @Test
    void theUnConventionChartDrawsTheFortyLineInEveryLanguage() {
        Atlas atlas = BundledData.get().atlas();
        for (String lang : List.of("en", "fr", "es", "ru", "zh", "ar")) {
            Texts t = new Texts(Locale.forLanguageTag(lang));
            MeasuringSurface s = new MeasuringSurface();
            ChartExport.figure(atlas, request(TreatyId.UNCC, TO, t.locale()), 1920, 1080).accept(s);
            assertTrue(s.texts.stream().anyMatch(p -> p.text().equals(t.get("chart.threshold", 40))), lang);
            assertTrue(s.texts.stream().anyMatch(p -> p.text().equals(t.date(TO))), lang + ": the marked day");
        }
    }

    @Test
    void pngHasTheRequestedSizeAndAFailedWriteLeavesTheOldFile() throws Exception {
        Atlas atlas = BundledData.get().atlas();
        Path png = new ChartExport().write(atlas, request(TreatyId.UNCC, TO, Locale.ENGLISH), ExportFormat.PNG, 800, 450,
                96, dir.resolve("c.png"));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(800, image.getWidth());
        assertEquals(450, image.getHeight());
        byte[] before = Files.readAllBytes(png);
        ChartRequest unprintable = new ChartRequest(TreatyId.UNCC, FROM, TO, TO, Palette.DEFAULT, new Texts(Locale.ENGLISH),
                "\uDB80\uDC00 private-use title no font shows", null);
        assertThrows(IllegalStateException.class,
                () -> new ChartExport().write(atlas, unprintable, ExportFormat.PNG, 800, 450, 96, png));
        assertArrayEquals(before, Files.readAllBytes(png), "the old file is untouched");
        try (var files = Files.list(dir)) {
            assertEquals(List.of("c.png"), files.map(p -> p.getFileName().toString()).toList(), "no temporary file left");
        }
    }

    @Test
    void aHoverAtADayReadsTheLegendCountOfThatDay() {
        Atlas atlas = BundledData.get().atlas();
        var chart = org.chaord.atlas.model.PartiesOverTime.of(atlas, TreatyId.UNCC, LocalDate.of(2024, 12, 24), TO);
        var frame = org.chaord.atlas.render.ChartPainter.frame(chart, org.chaord.atlas.render.FigureLayout.of(1280, 720),
                new MeasuringSurface());
        for (LocalDate day : List.of(LocalDate.of(2025, 10, 25), LocalDate.of(2025, 10, 26), LocalDate.of(2026, 5, 21), TO)) {
            LocalDate hovered = frame.dayAt(frame.x(day));
            assertEquals(day, hovered);
            Map<StatusClass, Integer> c = atlas.countsOn(View.UNCC, day);
            assertEquals(c.get(StatusClass.SIGNED) + c.get(StatusClass.RATIFIED) + c.get(StatusClass.PARTY),
                    chart.countOn(PartiesSeries.SIGNATORIES, hovered), day.toString());
        }
        assertEquals(chart.from(), frame.dayAt(-100), "clamped to the range");
    }

    private static String after(MeasuringSurface s, String label) {
        for (int i = 0; i < s.texts.size() - 1; i++) {
            if (s.texts.get(i).text().equals(label)) {
                return s.texts.get(i + 1).text();
            }
        }
        throw new AssertionError(label + " not painted");
    }
}
