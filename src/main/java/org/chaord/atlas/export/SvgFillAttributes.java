package org.chaord.atlas.export;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives every country element of an SVG (the children of the {@code countries} group) a {@code fill} attribute equal
 * to the fill in its style, so "recolour FRA" is one attribute in any editor or script.
 */
final class SvgFillAttributes {

    private static final Pattern FILL = Pattern.compile("(?:^|;)\\s*fill\\s*:\\s*([^;]+)");

    private SvgFillAttributes() {
    }

    static String add(String svg) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // the DOCTYPE names the SVG 1.0 DTD on the web: never fetch it
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
            Element countries = find(doc.getDocumentElement(), "countries");
            if (countries == null) {
                return svg;
            }
            for (Node n = countries.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && !e.getAttribute("id").isEmpty()) {
                    Matcher m = FILL.matcher(e.getAttribute("style"));
                    if (m.find()) {
                        e.setAttribute("fill", m.group(1).trim());
                    }
                }
            }
            StringWriter out = new StringWriter(svg.length() + 16 * 1024);
            var t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (Exception e) {
            return svg; // the figure is right either way; only the convenience attribute is missing
        }
    }

    private static Element find(Element root, String id) {
        if (id.equals(root.getAttribute("id"))) {
            return root;
        }
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                Element found = find(e, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
