package org.chaord.atlas.data.depositary;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The UN Treaty Collection's status XML (MTDSG, the file behind each status page): under the root,
 * {@code Treaty/Participants/Table/TGroup/Tbody/Rows/Row}, each row's {@code Entry} cells being the participant, its
 * signature and its instrument ("25 Oct 2025 a"). Footnote markers ({@code <superscript>}) are dropped from names;
 * the Treaty's text before its Participants is the heading (title, counts, status date). Parsed by the JDK with DTDs
 * and external entities refused, so a file cannot make the parser read anything else (XXE).
 */
final class UntcStatusXml {

    private static final List<String> DEFAULT_HEADER = List.of("Participant", "Signature",
            "Ratification, Acceptance(A), Approval(AA), Accession(a)");

    private UntcStatusXml() {
    }

    static DepositaryStatus read(String file, String xml) throws DepositaryFormatException {
        Document doc = parse(file, HtmlEntities.numericForXml(xml));
        Element treaty = doc.getDocumentElement().getNodeName().equals("Treaty") ? doc.getDocumentElement()
                : first(doc.getDocumentElement(), "Treaty");
        Element participants = treaty == null ? null : first(treaty, "Participants");
        if (participants == null) {
            throw new DepositaryFormatException(file + ": not a UN Treaty Collection status file (no "
                    + (treaty == null ? "Treaty" : "Treaty/Participants") + " element)");
        }
        List<CellRow> rows = new ArrayList<>();
        heading(treaty, participants, rows);
        int headingRows = rows.size();
        boolean header = false;
        NodeList rowNodes = participants.getElementsByTagName("Row");
        for (int i = 0; i < rowNodes.getLength(); i++) {
            List<String> cells = new ArrayList<>();
            for (Node n = rowNodes.item(i).getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && e.getNodeName().equals("Entry")) {
                    cells.add(text(e));
                }
            }
            header |= !cells.isEmpty() && cells.get(0).toLowerCase(Locale.ROOT).startsWith("participant");
            rows.add(new CellRow("Row " + (i + 1), cells));
        }
        if (!header) {
            rows.add(headingRows, new CellRow("Row 0", DEFAULT_HEADER));
        }
        return StatusTableReader.read(file, "xml", rows);
    }

    private static Document parse(String file, String xml) throws DepositaryFormatException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder builder = f.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler()); // fatal errors throw; nothing is printed
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (SAXParseException e) {
            throw new DepositaryFormatException(file + ":" + e.getLineNumber() + ":" + e.getColumnNumber()
                    + ": not well-formed XML (cut short or damaged?): " + e.getMessage());
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new DepositaryFormatException(file + ": cannot read the XML: " + e.getMessage());
        }
    }

    /** The treaty's text before its participants, one row per element with text of its own. */
    private static void heading(Element treaty, Element participants, List<CellRow> rows) {
        for (Node n = treaty.getFirstChild(); n != null && n != participants; n = n.getNextSibling()) {
            if ((n.compareDocumentPosition(participants) & Node.DOCUMENT_POSITION_CONTAINED_BY) != 0) {
                return;
            }
            collect(n, rows);
        }
    }

    private static void collect(Node node, List<CellRow> rows) {
        StringBuilder own = new StringBuilder();
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                own.append(n.getNodeValue());
            }
        }
        if (!own.toString().isBlank()) {
            rows.add(new CellRow(node.getNodeName(), List.of(own.toString())));
        }
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element && !isFootnoteMarker(n)) {
                collect(n, rows);
            }
        }
    }

    /** An entry's text without its footnote markers. */
    private static String text(Node node) {
        StringBuilder sb = new StringBuilder();
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                sb.append(n.getNodeValue());
            } else if (n instanceof Element && !isFootnoteMarker(n)) {
                sb.append(text(n));
            }
        }
        return sb.toString();
    }

    private static boolean isFootnoteMarker(Node n) {
        String name = n.getNodeName().toLowerCase(Locale.ROOT);
        return name.equals("superscript") || name.equals("sup");
    }

    private static Element first(Element parent, String name) {
        NodeList found = parent.getElementsByTagName(name);
        return found.getLength() == 0 ? null : (Element) found.item(0);
    }
}
