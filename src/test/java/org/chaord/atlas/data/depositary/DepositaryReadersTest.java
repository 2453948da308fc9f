package org.chaord.atlas.data.depositary;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reader details the CLI fixtures do not reach: XXE, succession, unknown markers, the as-of and the counts. */
class DepositaryReadersTest {

    private static final String HEADER = "<Row><Entry>Participant</Entry><Entry>Signature</Entry>"
            + "<Entry>Ratification, Acceptance(A), Approval(AA), Accession(a), Succession(d)</Entry></Row>";

    private static String untc(String heading, String rows) {
        return "<?xml version=\"1.0\"?>\n<MTDSG><Treaty><Header><Titlesect>United Nations Convention against "
                + "Cybercrime</Titlesect>" + heading + "</Header>\n<Participants><Table><TGroup><Tbody><Rows>\n" + HEADER
                + "\n" + rows + "\n</Rows></Tbody></TGroup></Table></Participants></Treaty></MTDSG>\n";
    }

    private static DepositaryStatus parse(String text) throws DepositaryFormatException {
        return DepositaryFiles.parse("status.xml", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsEveryUntcInstrumentSuffixAndTheStatusDate() throws DepositaryFormatException {
        DepositaryStatus s = parse(untc("<Date>Status as at : 03-02-2026</Date>",
                "<Row><Entry>Aland</Entry><Entry>25 Oct 2025</Entry><Entry>1 Feb 2026</Entry></Row>"
                        + "<Row><Entry>Borduria</Entry><Entry>25 Oct 2025</Entry><Entry>2 Feb 2026 A</Entry></Row>"
                        + "<Row><Entry>Carpania</Entry><Entry>25 Oct 2025</Entry><Entry>3 Feb 2026 AA</Entry></Row>"
                        + "<Row><Entry>Dystopia</Entry><Entry/><Entry>4 Feb 2026 a</Entry></Row>"
                        + "<Row><Entry>Elbonia</Entry><Entry>26 Oct 2025 d</Entry><Entry>5 Feb 2026 d</Entry></Row>"));
        assertEquals(LocalDate.of(2026, 2, 3), s.statusAsOf());
        assertEquals(List.of(InstrumentKind.RATIFICATION, InstrumentKind.ACCEPTANCE, InstrumentKind.APPROVAL,
                InstrumentKind.ACCESSION, InstrumentKind.SUCCESSION), s.entries().stream().map(DepositaryEntry::kind).toList());
        assertEquals(LocalDate.of(2025, 10, 26), s.entries().get(4).signed());
        assertEquals(null, s.entries().get(3).signed());
    }

    @Test
    void anUnknownSuffixNamesTheRowAndEntry() {
        DepositaryFormatException e = assertThrows(DepositaryFormatException.class, () -> parse(untc("",
                "<Row><Entry>Aland</Entry><Entry>25 Oct 2025</Entry><Entry>1 Feb 2026</Entry></Row>"
                        + "<Row><Entry>Borduria</Entry><Entry>25 Oct 2025</Entry><Entry>2 Feb 2026 R</Entry></Row>")));
        assertEquals("status.xml: Row 3, Entry 3: unknown marker 'R' after the date (expected A, AA, a or d)", e.getMessage());
    }

    @Test
    void aNotADateCellNamesTheRowAndEntry() {
        DepositaryFormatException e = assertThrows(DepositaryFormatException.class, () -> parse(untc("",
                "<Row><Entry>Aland</Entry><Entry>25 Okt 2025</Entry><Entry/></Row>")));
        assertTrue(e.getMessage().startsWith("status.xml: Row 2, Entry 2: '25 Okt 2025' is not a date"), e.getMessage());
    }

    @Test
    void aDoctypeIsRefusedSoNoExternalEntityIsEverRead(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "Atlantis");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE MTDSG [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + untc("", "<Row><Entry>&x;</Entry><Entry>25 Oct 2025</Entry><Entry/></Row>").substring(22);
        DepositaryFormatException e = assertThrows(DepositaryFormatException.class, () -> parse(xxe));
        assertTrue(e.getMessage().startsWith("status.xml:2:"), e.getMessage());
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertTrue(!e.getMessage().contains("Atlantis"));
    }

    @Test
    void countsThatDisagreeWithTheRowsMeanAFileCutShort() {
        DepositaryFormatException e = assertThrows(DepositaryFormatException.class, () -> parse(untc(
                "<Count>Signatories 3</Count>",
                "<Row><Entry>Aland</Entry><Entry>25 Oct 2025</Entry><Entry/></Row>"
                        + "<Row><Entry>Borduria</Entry><Entry>25 Oct 2025</Entry><Entry/></Row>")));
        assertEquals("status.xml: the file counts 3 signatories but lists 2: it is cut short or damaged; nothing was imported",
                e.getMessage());
    }

    @Test
    void coeMarkersAccessionAndSuccessionAndFootnotesGluedToNames() throws DepositaryFormatException {
        DepositaryStatus s = DepositaryFiles.parse("chart.txt", ("Chart of signatures and ratifications of Treaty 185\n"
                + "Status as of 14/01/2026\nStates\tSignature\tRatification\tEntry into Force\n"
                + "Aland 1\t\t1/2/2010 a\t1/6/2010\nBorduria*\t\t3/4/2011 su\t\nCarpania2\t1/2/2001\t3/4/20113\t\n"
                + "Dystopia\t\t5/6/2012 a4\t\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("Aland", "Borduria", "Carpania", "Dystopia"),
                s.entries().stream().map(DepositaryEntry::participant).toList());
        assertEquals(LocalDate.of(2011, 4, 3), s.entries().get(2).consent(), "a footnote number glued to a date");
        assertEquals(List.of(InstrumentKind.ACCESSION, InstrumentKind.SUCCESSION,
                        InstrumentKind.RATIFICATION_ACCEPTANCE_OR_APPROVAL, InstrumentKind.ACCESSION),
                s.entries().stream().map(DepositaryEntry::kind).toList());
        assertEquals(LocalDate.of(2010, 6, 1), s.entries().get(0).inForce());
        assertEquals("chart.txt, status as of 2026-01-14", s.sourceLabel());
    }

    @Test
    void theFrenchChartReadsTheSame() throws DepositaryFormatException {
        DepositaryStatus s = DepositaryFiles.parse("tableau.txt", ("Tableau des signatures et ratifications du Traité 185\n"
                + "Convention sur la cybercriminalité\nSituation au 14/01/2026\nMembres du Conseil de l'Europe\n"
                + "États\tSignature\tRatification\tEntrée en vigueur\tNotes\n"
                + "Allemagne\t23/11/2001\t09/03/2009\t01/07/2009\t\nAustralie\t\t30/11/2012 a\t01/03/2013\t\n"
                + "Nombre total de signatures non suivies de ratifications :\t0\n"
                + "Nombre total de ratifications/adhésions :\t2\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(LocalDate.of(2026, 1, 14), s.statusAsOf());
        assertEquals(List.of("Allemagne", "Australie"), s.entries().stream().map(DepositaryEntry::participant).toList());
        assertEquals(LocalDate.of(2009, 7, 1), s.entries().get(0).inForce());
        assertTrue(s.hasEntryIntoForce());
        assertEquals("Tableau des signatures et ratifications du Traité 185", s.title());
        TreatyIdentity.check(s, coeTreaty(org.chaord.atlas.model.TreatyId.ETS185, "185"));
        DepositaryFormatException other = assertThrows(DepositaryFormatException.class,
                () -> TreatyIdentity.check(s, coeTreaty(org.chaord.atlas.model.TreatyId.CETS224, "224")));
        assertTrue(other.getMessage().startsWith("tableau.txt: this is the chart of Treaty 185"), other.getMessage());
    }

    private static org.chaord.atlas.model.Treaty coeTreaty(org.chaord.atlas.model.TreatyId id, String number) {
        return new org.chaord.atlas.model.Treaty(id, id.name(), "Some treaty", "CoE", null, null, null, 5, "", null,
                "https://www.coe.int/en/web/conventions/full-list?module=treaty-detail&treatynum=" + number,
                new org.chaord.atlas.model.EntryIntoForceTerms(5,
                        org.chaord.atlas.model.EntryIntoForceRule.FIRST_OF_MONTH_AFTER_MONTHS, 3,
                        org.chaord.atlas.model.EntryIntoForceRule.FIRST_OF_MONTH_AFTER_MONTHS, 3, false),
                null, org.chaord.atlas.model.TreatyFamily.COE);
    }
}
