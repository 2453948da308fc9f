package org.chaord.atlas.export;

import org.chaord.atlas.data.LoadResult;
import org.chaord.atlas.model.View;
import org.chaord.atlas.render.Palette;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SvgExportTest {

    private static final Pattern FILL = Pattern.compile("fill:\\s*rgb\\((\\d+),\\s*(\\d+),\\s*(\\d+)\\)");
    private static final LocalDate DAY = LocalDate.of(2025, 11, 1);

    @TempDir
    Path dir;

    @Test
    void svgIsXmlWithOneFilledElementPerCountryAndRealText() throws Exception {
        LoadResult data = BundledData.get();
        ExportSpec spec = ExportSpec.of(ExportFormat.SVG, View.UNCC, DAY).withTitles("Cyber & crime <2025>", "sub");
        Path out = dir.resolve("map.svg");
        new ExportService().export(spec, data.atlas(), data.shapes(), out, null);

        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = factory.newDocumentBuilder().parse(out.toFile());
        Map<String, Element> byId = new HashMap<>();
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.hasAttribute("id")) {
                assertTrue(byId.put(e.getAttribute("id"), e) == null, "duplicate id " + e.getAttribute("id"));
            }
        }
        for (String group : List.of("countries", "legend", "text", "highlights", "markers")) {
            assertEquals("g", byId.get(group).getLocalName(), group);
        }
        for (String iso3 : List.of("FRA", "USA", "AUS")) {
            Element e = byId.get(iso3);
            assertNotNull(e, iso3);
            int expected = Palette.DEFAULT.fill(data.atlas().history().classOn(iso3, View.UNCC, DAY)) & 0xFFFFFF;
            assertEquals(Integer.toHexString(expected), Integer.toHexString(fillOf(e)), iso3);
            assertEquals(Integer.toHexString(expected), Integer.toHexString(rgb(e.getAttribute("fill"))),
                    iso3 + ": the fill is also an attribute");
            assertEquals(1, e.getElementsByTagName("path").getLength()
                    + ("path".equals(e.getLocalName()) ? 1 : 0), iso3 + ": one path");
            assertEquals("countries", ((Element) e.getParentNode()).getAttribute("id"));
        }
        NodeList texts = doc.getElementsByTagName("text");
        boolean titleFound = false;
        for (int i = 0; i < texts.getLength(); i++) {
            titleFound |= texts.item(i).getTextContent().equals("Cyber & crime <2025>");
        }
        assertTrue(titleFound, "the title is a text element");
    }

    private static int rgb(String css) {
        Matcher m = Pattern.compile("rgb\\((\\d+),\\s*(\\d+),\\s*(\\d+)\\)").matcher(css);
        assertTrue(m.matches(), "not rgb(): " + css);
        return Integer.parseInt(m.group(1)) << 16 | Integer.parseInt(m.group(2)) << 8 | Integer.parseInt(m.group(3));
    }

    /** The fill colour from the fill attribute or the style's {@code fill: rgb(r,g,b)}. */
    private static int fillOf(Element e) {
        String fill = e.getAttribute("fill");
        if (fill.startsWith("#")) {
            return Integer.parseInt(fill.substring(1), 16);
        }
        Matcher m = FILL.matcher(e.getAttribute("style"));
        assertTrue(m.find(), "no fill in " + e.getAttribute("style"));
        return Integer.parseInt(m.group(1)) << 16 | Integer.parseInt(m.group(2)) << 8 | Integer.parseInt(m.group(3));
    }
}
