package org.chaord.atlas.data.depositary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a status table given as rows of cells: a UNTC or Council of Europe table copied from a browser, or the CoE
 * chart's HTML. Rows before the first header (a row with "Signature" and "Ratification") are the heading; section
 * lines ("Members of Council of Europe"), notes and totals are not participants. The totals, when present, must match
 * the rows read: a table cut short fails instead of yielding half a status.
 */
final class StatusTableReader {

    private static final Pattern UNSIGNED_TOTAL = Pattern.compile("(?i)(?:total number of signatures not followed by "
            + "ratifications|nombre total de signatures non suivies de ratifications)\\s*:?\\s*(\\d+)");
    private static final Pattern CONSENT_TOTAL = Pattern.compile("(?i)(?:total number of ratifications(?:/accessions)?"
            + "|nombre total de ratifications(?:/adh[ée]sions)?)\\s*:?\\s*(\\d+)");
    private static final Pattern SIGNATORIES = Pattern.compile("(?i)\\bsignatories\\s*:?\\s*(\\d+)");
    private static final Pattern PARTIES = Pattern.compile("(?i)\\bparties\\s*:?\\s*(\\d+)");

    /** Where the columns are, and whether instrument markers follow the UNTC (A, AA, a, d) or the CoE (a, su). */
    private record Columns(int signature, int consent, int inForce, boolean untc) {

        static Columns of(List<String> cells) {
            int signature = -1, consent = -1, inForce = -1;
            boolean untc = false;
            for (int i = 1; i < cells.size(); i++) {
                String c = cells.get(i).toLowerCase(Locale.ROOT);
                if (signature < 0 && c.startsWith("signature")) {
                    signature = i;
                } else if (consent < 0 && c.contains("ratification")) {
                    consent = i;
                    untc = c.contains("(aa)") || c.contains("acceptance");
                } else if (inForce < 0 && (c.contains("entry into force") || c.contains("entrée en vigueur"))) {
                    inForce = i;
                }
            }
            return new Columns(signature, consent, inForce, untc);
        }

        static boolean isHeader(CellRow row) {
            Columns c = of(row.cells());
            return c.signature > 0 && c.consent > 0;
        }
    }

    private StatusTableReader() {
    }

    static DepositaryStatus read(String file, String format, List<CellRow> rows) throws DepositaryFormatException {
        Columns columns = null;
        boolean anyInForce = false;
        StringBuilder heading = new StringBuilder();
        StringBuilder after = new StringBuilder();
        List<DepositaryEntry> entries = new ArrayList<>();
        for (CellRow row : rows) {
            if (Columns.isHeader(row)) {
                columns = Columns.of(row.cells());
                anyInForce |= columns.inForce() > 0;
            } else if (columns == null) {
                heading.append(row.text()).append('\n');
            } else if (isSectionNoteOrTotal(row)) {
                after.append(row.text()).append('\n');
            } else if (row.filled() > 0) {
                entries.add(entry(file, row, columns));
            }
        }
        if (columns == null) {
            throw new DepositaryFormatException(file + ": no status table (no header row with the columns Signature "
                    + "and Ratification): not a depositary's status page?");
        }
        checkTotals(file, heading + "\n" + after, entries);
        String head = heading.toString();
        return new DepositaryStatus(file, format, title(head), head, StatusDates.statusAsOf(head), anyInForce, entries);
    }

    /**
     * "Members of Council of Europe", a note, a total, or a participant without a single date: nothing to import.
     * (A participant with no date has no event; reading it as a section line loses nothing.)
     */
    private static boolean isSectionNoteOrTotal(CellRow row) {
        boolean onlyFirst = row.filled() == 1 && !row.cell(0).isEmpty();
        String first = row.cell(0).toLowerCase(Locale.ROOT);
        return onlyFirst || first.startsWith("total") || first.startsWith("nombre total");
    }

    private static DepositaryEntry entry(String file, CellRow row, Columns c) throws DepositaryFormatException {
        String name = ParticipantNames.withoutFootnotes(row.cell(0));
        if (name.isEmpty()) {
            throw DepositaryFormatException.at(file, row.where(), "a row with dates but no participant name");
        }
        StatusDates.Dated signed = date(file, row, c.signature());
        if (signed != null && !signed.suffix().isEmpty() && !signed.suffix().equals("d")) {
            throw DepositaryFormatException.at(file, row.at(c.signature()),
                    "unknown marker '" + signed.suffix() + "' after the signature date");
        }
        StatusDates.Dated consent = date(file, row, c.consent());
        InstrumentKind kind = null;
        if (consent != null) {
            kind = c.untc() ? InstrumentKind.fromUntcSuffix(consent.suffix()) : InstrumentKind.fromCoeMarker(consent.suffix());
            if (kind == null) {
                throw DepositaryFormatException.at(file, row.at(c.consent()), "unknown marker '"
                        + consent.suffix() + "' after the date (expected " + (c.untc() ? "A, AA, a or d" : "a or su") + ")");
            }
        }
        StatusDates.Dated inForce = date(file, row, c.inForce());
        return new DepositaryEntry(name, signed == null ? null : signed.day(), consent == null ? null : consent.day(),
                kind, inForce == null ? null : inForce.day(), row.where());
    }

    private static StatusDates.Dated date(String file, CellRow row, int column) throws DepositaryFormatException {
        if (column < 0) {
            return null;
        }
        try {
            return StatusDates.parse(row.cell(column));
        } catch (IllegalArgumentException e) {
            throw DepositaryFormatException.at(file, row.at(column), e.getMessage());
        }
    }

    /** A file whose own totals disagree with its rows was cut or damaged: better no import than half a one. */
    static void checkTotals(String file, String text, List<DepositaryEntry> entries) throws DepositaryFormatException {
        long consents = entries.stream().filter(e -> e.consent() != null).count();
        long signatures = entries.stream().filter(e -> e.signed() != null).count();
        long unratified = entries.stream().filter(e -> e.signed() != null && e.consent() == null).count();
        check(file, CONSENT_TOTAL.matcher(text), consents, "ratifications/accessions");
        check(file, UNSIGNED_TOTAL.matcher(text), unratified, "signatures not followed by ratifications");
        check(file, SIGNATORIES.matcher(text), signatures, "signatories");
        check(file, PARTIES.matcher(text), consents, "parties");
    }

    private static void check(String file, Matcher total, long counted, String what) throws DepositaryFormatException {
        if (total.find() && Long.parseLong(total.group(1)) != counted) {
            throw new DepositaryFormatException(file + ": the file counts " + total.group(1) + " " + what + " but lists "
                    + counted + ": it is cut short or damaged; nothing was imported");
        }
    }

    /** The chart's heading ("Chart of signatures and ratifications of Treaty 185"), else the first long line. */
    static String title(String heading) {
        List<String> lines = heading.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).toLowerCase(Locale.ROOT).startsWith("chart of signatures")) {
                return i + 1 < lines.size() ? lines.get(i) + " \u2014 " + lines.get(i + 1) : lines.get(i);
            }
        }
        return lines.stream().filter(l -> l.length() > 20).findFirst().orElse(lines.isEmpty() ? "" : lines.get(0));
    }
}
