package org.chaord.atlas.export;

import org.chaord.atlas.data.LoadResult;
import org.chaord.atlas.model.View;
import org.chaord.atlas.render.RegionPreset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Names in an SVG export stay text an editor can change: one {@code <text>} per name, in the figure's language. */
class SvgLabelsTest {

    private static final LocalDate DAY = LocalDate.of(2025, 11, 1);

    @TempDir
    Path dir;

    private Document export(ExportSpec spec) throws Exception {
        LoadResult data = BundledData.get();
        Path out = dir.resolve("map.svg");
        new ExportService().export(spec, data.atlas(), data.shapes(), out, null);
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(out.toFile());
    }

    private static List<String> labelTexts(Document doc) {
        List<String> names = new ArrayList<>();
        NodeList groups = doc.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if ("labels".equals(g.getAttribute("id"))) {
                NodeList texts = g.getElementsByTagName("text");
                for (int j = 0; j < texts.getLength(); j++) {
                    names.add(texts.item(j).getTextContent());
                }
            }
        }
        return names;
    }

    @Test
    void aEuropeFigureWithLabelsNamesEachCountryOnceAsText() throws Exception {
        ExportSpec spec = ExportSpec.of(ExportFormat.SVG, View.ETS185, DAY).withRegion(RegionPreset.EUROPE);
        List<String> names = labelTexts(export(spec.withFrame(spec.frame().withLabels(true))));
        assertTrue(names.containsAll(List.of("France", "Spain", "Germany", "Poland")), names.toString());
        assertEquals(names.size(), names.stream().distinct().count(), "one <text> per name: " + names);
        assertTrue(labelTexts(export(spec)).isEmpty(), "no names unless asked");
    }

    @Test
    void arabicNamesAreArabicText() throws Exception {
        ExportSpec spec = ExportSpec.of(ExportFormat.SVG, View.ETS185, DAY).withRegion(RegionPreset.EUROPE)
                .withLocale(Locale.forLanguageTag("ar"));
        List<String> names = labelTexts(export(spec.withFrame(spec.frame().withLabels(true))));
        assertTrue(names.contains(new Locale("", "FR").getDisplayCountry(Locale.forLanguageTag("ar"))), names.toString());
    }
}
