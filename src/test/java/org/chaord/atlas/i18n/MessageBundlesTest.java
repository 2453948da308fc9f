package org.chaord.atlas.i18n;

import org.chaord.atlas.model.View;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The five translations of the English bundle: complete, well-formed for MessageFormat, and in the right script. */
class MessageBundlesTest {

    /** The views of the bundled data: every treaty, the default pair, which framework. */
    static final java.util.List<View> BUNDLED_VIEWS = java.util.List.of(View.UNCC, View.ETS185, View.ETS189,
            View.CETS224, View.of(org.chaord.atlas.model.TreatyId.MALABO),
            View.of(org.chaord.atlas.model.TreatyId.ARAB2010), View.of(org.chaord.atlas.model.TreatyId.CIS2018),
            View.COMPARISON, View.FRAMEWORKS);


    private static final String DIR = "/org/chaord/atlas/i18n/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    /**
     * Keys whose value may be the same as the English one: brands, treaty numbers, proper names of projections,
     * units and format names (px, dpi, 4K), the French word "Format", and group names used as-is (G7, G20, BRICS,
     * ASEAN in Spanish, Five Eyes in French), the regions "Europe" (French) and "Asia" (Spanish) and the column "Date" (French) of the table, and the sub-regions
     * Melanesia and Micronesia (Spanish).
     */
    private static final Set<String> MAY_EQUAL_ENGLISH = Set.of("app.title", "view.pair", "viewShort.ETS185", "viewShort.ETS189",
            "viewShort.CETS224", "region.europe", "table.region.Europe", "table.region.Asia", "table.col.date", "projection.equal-earth", "projection.robinson",
            "projection.mollweide", "projection.winkel-tripel", "projection.plate-carree", "projection.natural-earth",
            "export.format", "export.size.UHD_4K", "export.px", "export.dpiUnit",
            "group.FVEY", "group.G7", "group.G20", "group.BRICS", "group.ASEAN", "subregion.Melanesia", "subregion.Micronesia");

    /** Key names in Help (F5, Ctrl+E, ← / →) may read as in English; each language names the others itself. */
    private static boolean mayEqualEnglish(String key) {
        return MAY_EQUAL_ENGLISH.contains(key) || key.startsWith("shortcut.") && key.endsWith(".keys");
    }

    private static Properties load(String file) throws IOException {
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(DIR + file)) {
            assertNotNull(in, file + " is on the class path");
            byte[] bytes = in.readAllBytes();
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            } catch (CharacterCodingException e) {
                fail(file + " is not valid UTF-8 (Java would read it as ISO-8859-1): " + e);
            }
            Properties p = new Properties();
            try (Reader r = new InputStreamReader(new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
                p.load(r);
            }
            return p;
        }
    }

    private static Properties english() throws IOException {
        return load("messages.properties");
    }

    /** The argument indexes of a MessageFormat pattern, ignoring quoted text. */
    static Set<Integer> placeholders(String pattern) {
        StringBuilder unquoted = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (!quoted) {
                unquoted.append(c);
            }
        }
        Set<Integer> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(unquoted);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es", "ru", "zh", "ar"})
    void hasExactlyTheEnglishKeys(String language) throws IOException {
        Set<String> base = english().stringPropertyNames();
        Set<String> translated = load("messages_" + language + ".properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>(base);
        missing.removeAll(translated);
        Set<String> extra = new TreeSet<>(translated);
        extra.removeAll(base);
        assertTrue(missing.isEmpty() && extra.isEmpty(),
                language + ": missing keys " + missing + ", keys not in the English bundle " + extra);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es", "ru", "zh", "ar"})
    void valuesAreTranslatedAndWellFormed(String language) throws IOException {
        Properties en = english();
        Properties tr = load("messages_" + language + ".properties");
        Locale locale = Locale.forLanguageTag(language);
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(tr.stringPropertyNames())) {
            String value = tr.getProperty(key);
            String source = en.getProperty(key);
            if (value.isBlank()) {
                problems.add(key + " is empty");
                continue;
            }
            if (source == null) {
                continue;
            }
            if (value.equals(source) && !mayEqualEnglish(key)) {
                problems.add(key + " is still English: " + value);
            }
            Set<Integer> expected = placeholders(source);
            Set<Integer> actual = placeholders(value);
            if (!expected.equals(actual)) {
                problems.add(key + " has placeholders " + actual + ", English has " + expected + ": " + value);
            }
            if (expected.isEmpty()) {
                // Returned as written (no MessageFormat): a doubled quote would show twice.
                if (value.contains("''")) {
                    problems.add(key + " has no placeholder, so '' would show as two quotes: " + value);
                }
            } else {
                // Formatted: a single quote would swallow text (and placeholders); '' must render as one quote.
                Object[] args = {"\u27e8A\u27e9", "\u27e8B\u27e9"};
                String rendered;
                try {
                    rendered = new MessageFormat(value, locale).format(args);
                } catch (IllegalArgumentException e) {
                    problems.add(key + " is not a valid MessageFormat pattern: " + e.getMessage());
                    continue;
                }
                String wanted = value.replace("''", "'").replace("{0}", "\u27e8A\u27e9").replace("{1}", "\u27e8B\u27e9");
                if (!rendered.equals(wanted)) {
                    problems.add(key + " renders as «" + rendered + "», expected «" + wanted + "»");
                }
            }
            if (key.startsWith("shortcut.") && (value.contains("\n") || value.contains("\t"))) {
                problems.add(key + " is one cell of the shortcuts table: no line breaks or tabs");
            }
        }
        assertTrue(problems.isEmpty(), language + ":\n" + String.join("\n", problems));
    }

    @ParameterizedTest
    @CsvSource({"fr", "es", "ru", "zh", "ar"})
    void textsLoadTheTranslation(String language) {
        Texts english = new Texts(Locale.ENGLISH);
        Texts texts = new Texts(Locale.forLanguageTag(language));
        for (View view : BUNDLED_VIEWS) {
            if (view != View.ETS189 && view != View.CETS224 || !language.equals("xx")) {
                assertNotEquals(english.viewName(view), texts.viewName(view), language + " " + view);
            }
        }
        assertNotEquals("panel.hint", texts.get("panel.hint"));
        String formatted = texts.get("tracker.progress", 12, 40);
        assertTrue(formatted.contains("12") || formatted.contains("\u0661\u0662"), formatted);
        assertFalse(formatted.contains("{"), formatted);
    }

    @Test
    void frenchApostrophesSurviveFormatting() {
        Texts fr = new Texts(Locale.FRENCH);
        assertEquals("Problèmes dans les données : 3. L'atlas affiche les lignes valides.",
                fr.get("problems.header", "3"));
        assertTrue(fr.get("figure.source", "1 janv. 2026").contains("Conseil de l'Europe — au 1 janv. 2026"),
                fr.get("figure.source", "1 janv. 2026"));
        assertEquals("Aujourd'hui", fr.get("moment.today"));
        assertEquals("Convention des Nations Unies contre la cybercriminalité", fr.viewName(View.UNCC));
    }

    @Test
    void unTitlesOfTheConvention() {
        assertEquals("Convención de las Naciones Unidas contra la Ciberdelincuencia",
                new Texts(new Locale("es")).viewName(View.UNCC));
        assertEquals("Конвенция Организации Объединенных Наций против киберпреступности",
                new Texts(new Locale("ru")).viewName(View.UNCC));
        assertEquals("联合国打击网络犯罪公约", new Texts(Locale.SIMPLIFIED_CHINESE).viewName(View.UNCC));
        assertEquals("联合国打击网络犯罪公约", new Texts(Locale.CHINESE).viewName(View.UNCC));
        assertEquals("اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية", new Texts(new Locale("ar")).viewName(View.UNCC));
    }

    @ParameterizedTest
    @CsvSource({"ru, IsCyrillic", "zh, IsHan", "ar, IsArabic"})
    void textsAreInTheirScript(String language, String script) throws IOException {
        Pattern letters = Pattern.compile("\\p{" + script + "}");
        Properties tr = load("messages_" + language + ".properties");
        List<String> notInScript = new ArrayList<>();
        for (String key : new TreeSet<>(tr.stringPropertyNames())) {
            if (!mayEqualEnglish(key) && !letters.matcher(tr.getProperty(key)).find()) {
                notInScript.add(key + "=" + tr.getProperty(key));
            }
        }
        assertTrue(notInScript.isEmpty(), language + " values without " + script + ": " + notInScript);
        assertTrue(letters.matcher(new Texts(Locale.forLanguageTag(language)).viewName(View.UNCC)).find());
    }

    @ParameterizedTest
    @CsvSource({
            "fr, FRA, France, France", "fr, DEU, Germany, Allemagne",
            "es, FRA, France, Francia", "es, DEU, Germany, Alemania",
            "ru, FRA, France, Франция", "ru, DEU, Germany, Германия",
            "zh, FRA, France, 法国", "zh, DEU, Germany, 德国",
            "ar, FRA, France, فرنسا", "ar, DEU, Germany, ألمانيا",
            "en, DEU, Germany, Germany",
    })
    void countryNamesComeFromCldr(String language, String iso3, String english, String expected) {
        assertEquals(expected, new Texts(Locale.forLanguageTag(language)).countryName(iso3, english));
    }
}
