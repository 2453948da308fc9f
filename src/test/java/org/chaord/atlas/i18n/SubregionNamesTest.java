package org.chaord.atlas.i18n;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The side panel names a country's UN sub-region in the interface's language, for every sub-region of the data. */
class SubregionNamesTest {

    private static Set<String> subregionsOfTheData() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("data/countries.csv"), StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split(","));
        int column = header.indexOf("subregion");
        Set<String> names = new TreeSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            String last = cells[cells.length - (header.size() - column)]; // names with commas are quoted before it
            if (!last.isEmpty()) {
                names.add(last);
            }
        }
        return names;
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es", "ru", "zh", "ar"})
    void everySubregionOfTheDataHasANameInTheLanguage(String language) throws IOException {
        Texts texts = new Texts(Locale.forLanguageTag(language));
        Set<String> names = subregionsOfTheData();
        assertTrue(names.size() >= 20, "the data name their sub-regions: " + names);
        Set<String> missing = new TreeSet<>();
        for (String name : names) {
            if (texts.subregionName(name).equals(name) && !Set.of("Melanesia", "Micronesia").contains(name)) {
                missing.add(name);
            }
        }
        assertTrue(missing.isEmpty(), language + " still shows these sub-regions in English: " + missing);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "ar"})
    void aSubregionTheBundleDoesNotKnowKeepsItsDataName(String language) {
        Texts texts = new Texts(Locale.forLanguageTag(language));
        assertEquals("Outer Islands", texts.subregionName("Outer Islands"));
        assertFalse(texts.subregionName("Western Europe").equals("Western Europe"));
    }
}
