package org.chaord.atlas.export;

import org.chaord.atlas.data.LoadResult;
import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.model.StatusClass;
import org.chaord.atlas.model.View;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exports say what they show: SVG title and desc, PNG text chunks, in the figure's language. */
class FigureDescriptionTest {

    private static final LocalDate DAY = LocalDate.of(2025, 11, 1);

    @TempDir
    Path dir;

    @Test
    void svgCarriesTitleAndADescriptionWithTheDayAndTheCounts() throws Exception {
        LoadResult data = BundledData.get();
        Path out = dir.resolve("map.svg");
        new ExportService().export(ExportSpec.of(ExportFormat.SVG, View.ETS185, DAY), data.atlas(), data.shapes(), out, null);
        var f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = f.newDocumentBuilder().parse(out.toFile());
        Element svg = doc.getDocumentElement();
        Texts en = new Texts(Locale.ENGLISH);
        assertEquals("title", ((Element) svg.getElementsByTagName("*").item(0)).getTagName(), "title comes first");
        assertEquals(en.viewName(View.ETS185), svg.getElementsByTagName("title").item(0).getTextContent());
        String desc = svg.getElementsByTagName("desc").item(0).getTextContent();
        int parties = data.atlas().countsOn(View.ETS185, DAY).get(StatusClass.PARTY);
        assertTrue(desc.contains(en.className(View.ETS185, StatusClass.PARTY) + ": " + parties), desc);
        assertTrue(desc.contains(en.longDate(DAY)), desc);
    }

    @Test
    void pngCarriesTitleSourceSoftwareAndCreationTimeInArabicToo() throws Exception {
        LoadResult data = BundledData.get();
        Path out = dir.resolve("map.png");
        Locale arabic = Locale.forLanguageTag("ar");
        ExportSpec spec = ExportSpec.of(ExportFormat.PNG, View.UNCC, DAY).withLocale(arabic).withSize(800, 450, 96);
        new ExportService().export(spec, data.atlas(), data.shapes(), out, null);
        Map<String, String> chunks = new HashMap<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(out.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            Element root = (Element) reader.getImageMetadata(0).getAsTree(PngWriter.PNG_METADATA_FORMAT);
            NodeList entries = root.getElementsByTagName("iTXtEntry");
            for (int i = 0; i < entries.getLength(); i++) {
                Element e = (Element) entries.item(i);
                chunks.put(e.getAttribute("keyword"), e.getAttribute("text"));
            }
        }
        Texts ar = new Texts(arabic);
        assertTrue(chunks.get("Title").startsWith(ar.viewName(View.UNCC)), chunks.get("Title"));
        assertEquals("Chaord Atlas", chunks.get("Software"));
        assertTrue(chunks.get("Source").contains(ar.date(data.atlas().dataAsOf())), chunks.get("Source"));
        ZonedDateTime made = ZonedDateTime.parse(chunks.get("Creation Time"), DateTimeFormatter.RFC_1123_DATE_TIME);
        assertTrue(made.getYear() >= 2025, chunks.get("Creation Time"));
        assertTrue(chunks.get("Description").contains(ar.className(View.UNCC, StatusClass.SIGNED)), chunks.get("Description"));
    }
}
