package org.chaord.atlas.cli;

import org.chaord.atlas.data.depositary.ChangeKind;
import org.chaord.atlas.data.depositary.DepositaryStatus;
import org.chaord.atlas.data.depositary.ImportChange;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The text form of an import's diff: what the file is, one aligned line per change, and the counts. */
final class ImportReport {

    private ImportReport() {
    }

    static void write(DepositaryStatus status, List<ImportChange> changes, PrintWriter out) {
        out.println(status.file() + ": " + status.title() + " (" + status.format() + ", " + status.entries().size()
                + " participants, status as of " + (status.statusAsOf() == null ? "unknown" : status.statusAsOf()) + ")");
        for (ImportChange c : changes) {
            out.println(String.format("%-9s %-3s %-7s %-18s %-10s %-28s %s", c.change().csvName(), c.iso3(),
                    c.treaty(), c.event() == null ? "" : c.event().csvName(), c.date() == null ? "" : c.date(),
                    previous(c), c.participant().isEmpty() ? "" : "\"" + c.participant() + "\" (" + where(c.where()) + ")").stripTrailing());
        }
        Map<ChangeKind, Integer> counts = ImportCommand.counts(changes);
        out.println(counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().csvName())
                .collect(Collectors.joining(", ")));
    }

    /** "line 12" for text and HTML rows, "Row 7" as the XML names it. */
    private static String where(String where) {
        return where.matches("\\d+") ? "line " + where : where;
    }

    private static String previous(ImportChange c) {
        if (c.previous() == null) {
            return "";
        }
        if (c.previous().date() != null) {
            return "was " + c.previous().date();
        }
        return "was undated (by " + c.previous().knownBy() + ")";
    }
}
