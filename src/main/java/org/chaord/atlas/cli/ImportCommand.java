package org.chaord.atlas.cli;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import org.chaord.atlas.data.AtlasLoader;
import org.chaord.atlas.data.LoadProblem;
import org.chaord.atlas.data.LoadResult;
import org.chaord.atlas.data.depositary.ChangeKind;
import org.chaord.atlas.data.depositary.DepositaryFiles;
import org.chaord.atlas.data.depositary.DepositaryFormatException;
import org.chaord.atlas.data.depositary.DepositaryStatus;
import org.chaord.atlas.data.depositary.EventsFileUpdate;
import org.chaord.atlas.data.depositary.ImportChange;
import org.chaord.atlas.data.depositary.ParticipantAliases;
import org.chaord.atlas.data.depositary.StatusDiff;
import org.chaord.atlas.export.CsvCells;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.Treaty;
import org.chaord.atlas.model.TreatyId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code import --treaty ID [--dry-run] [--format text|csv] [--source-url URL] FILE}: the diff of a depositary's status
 * file against the data (added, dated, changed, missing, unmatched) and, without --dry-run, the added, dated and
 * changed rows written to events.csv (atomically, with a backup beside it). Exit 0 done, 1 unreadable file or data
 * (nothing written), 2 bad arguments.
 */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Compares a depositary's status file (UN Treaty Collection XML, a status table copied as text, "
                + "or the Council of Europe chart saved as HTML) with the data and, unless --dry-run, writes the added, "
                + "dated and changed events to events.csv (a backup is kept beside it). Missing events are reported, "
                + "never deleted; unmatched names are reported, never guessed.")
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    AtlasCli top;

    @Spec
    CommandSpec spec;

    @Option(names = "--treaty", required = true, paramLabel = "ID", description = "UNCC, ETS185, ETS189 or CETS224")
    String treaty;

    @Option(names = "--dry-run", description = "Show the changes; write nothing.")
    boolean dryRun;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|csv",
            description = "text (for reading) or csv (change,iso3,treaty,event,date,previous,participant). Default: ${DEFAULT-VALUE}")
    String format;

    @Option(names = "--source-url", paramLabel = "URL",
            description = "The file's address, cited by every new or changed row. Default: the file name and its status date")
    String sourceUrl;

    @Parameters(index = "0", paramLabel = "FILE", description = "The status file.")
    Path file;

    @Override
    public Integer call() throws IOException {
        TreatyId id = arguments();
        PrintWriter err = spec.commandLine().getErr();
        java.util.Optional<LoadResult> loaded = DataFiles.loadOrSay(top.dataDir(), null, err);
        if (loaded.isEmpty()) {
            return AtlasCli.FAILED;
        }
        LoadResult data = loaded.get();
        Atlas atlas = data.atlas();
        Treaty t = atlas.treaties().get(id);
        if (t == null) { // treaty ids are data now: an id the data lack is a bad argument, as for --view
            throw new ParameterException(spec.commandLine(), "unknown treaty '" + id + "' (not in "
                    + top.dataDir().resolve(AtlasLoader.TREATIES) + ")");
        }
        List<LoadProblem> aliasProblems = new ArrayList<>();
        ParticipantAliases aliases = ParticipantAliases.load(top.dataDir(), atlas.countries(), aliasProblems);
        aliasProblems.forEach(p -> err.println("warning: " + p));
        DepositaryStatus status;
        List<ImportChange> changes;
        try {
            status = DepositaryFiles.read(file, t);
            changes = StatusDiff.compute(status, id, aliases, atlas.countries(), atlas.history());
        } catch (DepositaryFormatException e) {
            err.println("error: " + e.getMessage());
            return AtlasCli.FAILED;
        }
        boolean csv = format.strip().equalsIgnoreCase("csv");
        if (csv) {
            writeCsv(changes, spec.commandLine().getOut());
        } else {
            ImportReport.write(status, changes, spec.commandLine().getOut());
        }
        if (!dryRun && changes.stream().anyMatch(c -> c.change().isWritten())) {
            EventsFileUpdate.Result r;
            try {
                r = EventsFileUpdate.apply(top.dataDir().resolve(AtlasLoader.EVENTS), changes,
                        sourceUrl != null ? sourceUrl : status.sourceLabel(), status.sourceLabel());
            } catch (IOException e) {
                err.println("error: " + AtlasCli.describe(e));
                return AtlasCli.FAILED;
            }
            (csv ? err : spec.commandLine().getOut()).println("wrote " + r.events() + " (" + r.added() + " added, "
                    + r.rewritten() + " rewritten); backup " + r.backup());
        }
        spec.commandLine().getOut().flush();
        return AtlasCli.OK;
    }

    private TreatyId arguments() {
        if (!format.strip().equalsIgnoreCase("text") && !format.strip().equalsIgnoreCase("csv")) {
            throw new ParameterException(spec.commandLine(), "unknown import format '" + format + "' (expected text or csv)");
        }
        if (sourceUrl != null && !isWebAddress(sourceUrl)) {
            throw new ParameterException(spec.commandLine(), "--source-url '" + sourceUrl + "' is not an http(s) address");
        }
        try {
            return TreatyId.parse(treaty);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url.strip());
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    static void writeCsv(List<ImportChange> changes, PrintWriter out) {
        ICSVWriter csv = new CSVWriter(out, ',', ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\n");
        csv.writeNext(CsvCells.row(ImportChange.CSV_HEADER), false);
        changes.forEach(c -> csv.writeNext(CsvCells.row(c.csvRow()), false));
        out.flush();
    }

    static Map<ChangeKind, Integer> counts(List<ImportChange> changes) {
        Map<ChangeKind, Integer> counts = new EnumMap<>(ChangeKind.class);
        for (ChangeKind k : ChangeKind.values()) {
            counts.put(k, 0);
        }
        changes.forEach(c -> counts.merge(c.change(), 1, Integer::sum));
        return counts;
    }
}
