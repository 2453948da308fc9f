package org.chaord.atlas.data.depositary;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Named and numeric character references of HTML (Latin-1 and the usual punctuation), for pages and for XML. */
final class HtmlEntities {

    private static final String LATIN_1 = "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg"
            + " macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave"
            + " Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde"
            + " Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc"
            + " atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute"
            + " ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml";
    private static final Map<String, Integer> NAMES = new HashMap<>();
    private static final Set<String> XML_OWN = Set.of("amp", "lt", "gt", "quot", "apos");
    private static final Pattern REFERENCE = Pattern.compile("&(#[xX][0-9a-fA-F]+|#\\d+|[A-Za-z][A-Za-z0-9]*);");

    static {
        String[] latin = LATIN_1.split(" ");
        for (int i = 0; i < latin.length; i++) {
            NAMES.put(latin[i], 160 + i);
        }
        Object[][] more = {{"amp", 38}, {"lt", 60}, {"gt", 62}, {"quot", 34}, {"apos", 39}, {"rsquo", 0x2019},
                {"lsquo", 0x2018}, {"rdquo", 0x201d}, {"ldquo", 0x201c}, {"ndash", 0x2013}, {"mdash", 0x2014},
                {"hellip", 0x2026}, {"bull", 0x2022}, {"dagger", 0x2020}, {"ensp", 0x2002}, {"emsp", 0x2003},
                {"thinsp", 0x2009}, {"OElig", 0x152}, {"oelig", 0x153}, {"Scaron", 0x160}, {"scaron", 0x161},
                {"Zcaron", 0x17d}, {"zcaron", 0x17e}, {"Yuml", 0x178}};
        for (Object[] m : more) {
            NAMES.put((String) m[0], (Integer) m[1]);
        }
    }

    private HtmlEntities() {
    }

    /** Replaces every reference it knows by its character; unknown ones stay as written. */
    static String decode(String text) {
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Integer code = codePoint(m.group(1));
            code = code != null && Character.isValidCodePoint(code) ? code : null;
            m.appendReplacement(out, Matcher.quoteReplacement(code == null ? m.group() : Character.toString(code)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * XML knows only five named references; the others of HTML ({@code &ocirc;}) are rewritten as numeric ones so
     * that the parser reads them without a DTD (which it must not load).
     */
    static String numericForXml(String xml) {
        Matcher m = REFERENCE.matcher(xml);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            Integer code = name.startsWith("#") || XML_OWN.contains(name) ? null : NAMES.get(name);
            m.appendReplacement(out, Matcher.quoteReplacement(code == null ? m.group() : "&#" + code + ";"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Integer codePoint(String name) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return Integer.parseInt(name.substring(2), 16);
            }
            if (name.startsWith("#")) {
                return Integer.parseInt(name.substring(1));
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return NAMES.get(name);
    }
}
