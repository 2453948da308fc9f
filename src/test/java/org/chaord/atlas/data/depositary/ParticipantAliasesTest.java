package org.chaord.atlas.data.depositary;

import org.chaord.atlas.data.AtlasLoader;
import org.chaord.atlas.data.LoadProblem;
import org.chaord.atlas.model.Atlas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The bundled alias table against the bundled countries: the names depositaries write, and no guessing. */
class ParticipantAliasesTest {

    private static final Path DATA = Path.of("data");
    private static final Atlas ATLAS = AtlasLoader.load(DATA, null).atlas();

    private static ParticipantAliases bundled(List<LoadProblem> problems) {
        return ParticipantAliases.load(DATA, ATLAS.countries(), problems);
    }

    @Test
    void theBundledTableIsClean() {
        List<LoadProblem> problems = new ArrayList<>();
        bundled(problems);
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Czech Republic|CZE", "Czechia|CZE", "République tchèque|CZE",
            "Türkiye|TUR", "Turkey|TUR", "Turquie|TUR", "TÜRKIYE|TUR",
            "Côte d'Ivoire|CIV", "Côte d’Ivoire|CIV", "Cote d'Ivoire|CIV",
            "Iran (Islamic Republic of)|IRN", "State of Palestine|PSE", "European Union|EUE", "Union européenne|EUE",
            "Republic of Moldova|MDA", "The former Yugoslav Republic of Macedonia|MKD", "Slovak Republic|SVK",
            "United Kingdom of Great Britain and Northern Ireland|GBR", "United States of America|USA",
            "Netherlands (Kingdom of the)|NLD", "Bolivia (Plurinational State of)|BOL", "Viet Nam|VNM",
            "Democratic People's Republic of Korea|PRK", "Republic of Korea|KOR", "Allemagne|DEU",
            "  Viet   Nam |VNM", "Sao Tome and Principe|STP", "São Tomé and Príncipe|STP",
    })
    void matchesTheNamesDepositariesWrite(String name, String iso3) {
        assertEquals(Optional.of(iso3), bundled(new ArrayList<>()).iso3(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Freedonia", "Korea", "Congo (Democratic Republic)", "Serbia and Montenegro", "Czechoslovakia", ""})
    void namesNoSourceKnowsAreNotGuessed(String name) {
        assertEquals(Optional.empty(), bundled(new ArrayList<>()).iso3(name));
    }

    @Test
    void badRowsAreReportedWithLineAndColumnAndAnAmbiguousNameMatchesNothing(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(AtlasLoader.PARTICIPANT_ALIASES), """
                name,iso3,note
                Ruritania,XXX,unknown code
                Kongo,COG,one
                Kongo,COD,the other
                ,FRA,empty name
                Gaul,FRA,fine
                """);
        List<LoadProblem> problems = new ArrayList<>();
        ParticipantAliases aliases = ParticipantAliases.load(dir, ATLAS.countries(), problems);
        assertEquals(List.of("participant-aliases.csv:2:2: unknown country code 'XXX' (not in countries.csv)",
                "participant-aliases.csv:4:1: 'Kongo' is already given to COG; an ambiguous name matches nothing",
                "participant-aliases.csv:5:1: 'name' is empty"), problems.stream().map(LoadProblem::toString).toList());
        assertEquals(Optional.empty(), aliases.iso3("Kongo"));
        assertEquals(Optional.of("FRA"), aliases.iso3("Gaul"));
        assertEquals(Optional.of("FRA"), aliases.iso3("France"), "countries.csv names still match");
    }
}
