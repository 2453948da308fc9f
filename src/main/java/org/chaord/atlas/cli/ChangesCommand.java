package org.chaord.atlas.cli;

import com.opencsv.ICSVWriter;
import org.chaord.atlas.data.LoadResult;
import org.chaord.atlas.export.ChangesCsv;
import org.chaord.atlas.export.SpreadsheetSafeCsv;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.ChangeClass;
import org.chaord.atlas.model.StatusChanges;
import org.chaord.atlas.model.View;
import org.chaord.atlas.render.ChangeClassStyle;
import org.chaord.atlas.i18n.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code changes}: every state and organisation whose status class in a view differs between two dates. */
@Command(name = "changes", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Lists each state or organisation whose class in a view differs between two dates, with the "
                + "classes `status` prints and the decisive event: iso3,name,from_class,to_class,date,source.",
                "A --from after --to is swapped (said on standard error)."})
final class ChangesCommand implements Callable<Integer> {

    static final String[] HEADER = ChangesCsv.HEADER.toArray(String[]::new);

    @ParentCommand
    AtlasCli top;

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    ViewChoice choice = new ViewChoice(); // --view / --compare, as status takes them

    @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "The earlier day")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "The later day. Default: today")
    LocalDate to;

    @Option(names = "--format", defaultValue = "csv", description = "csv or text (a table with counts). Default: ${DEFAULT-VALUE}")
    String format;

    @Override
    public Integer call() throws IOException {
        String fmt = format.strip().toLowerCase(Locale.ROOT);
        if (!fmt.equals("csv") && !fmt.equals("text")) {
            throw new ParameterException(spec.commandLine(), "unknown changes format '" + format + "' (expected csv or text)");
        }
        PrintWriter err = spec.commandLine().getErr();
        java.util.Optional<LoadResult> loaded = DataFiles.loadOrSay(top.dataDir(), null, err);
        if (loaded.isEmpty()) {
            return AtlasCli.FAILED;
        }
        LoadResult data = loaded.get();
        View view = choice.resolve(data.atlas(), spec);
        StatusChanges changes = StatusChanges.between(data.atlas(), view, from, to != null ? to : LocalDate.now());
        if (changes.swapped()) {
            err.println("note: --from " + changes.to() + " is after --to " + changes.from()
                    + "; the dates were swapped: changes from " + changes.from() + " to " + changes.to());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (fmt.equals("csv")) {
            writeCsv(data.atlas(), changes, out);
        } else {
            writeText(data.atlas(), changes, out);
        }
        out.flush();
        return AtlasCli.OK;
    }

    /** The rows (shared with the app's list of changes: {@link ChangesCsv}), each cell formula-safe. */
    static List<String[]> rows(Atlas atlas, StatusChanges changes) {
        return ChangesCsv.rows(atlas, changes).stream()
                .map(r -> r.stream().map(SpreadsheetSafeCsv::neutralise).toArray(String[]::new)).toList();
    }

    private static void writeCsv(Atlas atlas, StatusChanges changes, PrintWriter out) throws IOException {
        ICSVWriter csv = StatusCommand.csvWriter(out);
        csv.writeNext(HEADER, false);
        for (String[] row : rows(atlas, changes)) {
            csv.writeNext(row, false);
        }
        csv.flush();
    }

    private static void writeText(Atlas atlas, StatusChanges changes, PrintWriter out) {
        Texts en = new Texts(Locale.ENGLISH);
        int total = changes.counts().values().stream().mapToInt(Integer::intValue).sum();
        out.println(en.viewName(changes.view()) + ": " + changes.changes().size() + " of " + total
                + " states and organisations changed from " + changes.from() + " to " + changes.to()
                + (changes.swapped() ? " (dates swapped)" : ""));
        out.println("  " + ChangeClass.LEGEND.stream()
                .map(c -> ChangeClassStyle.label(en, c) + " " + changes.counts().get(c)).collect(Collectors.joining(" · ")));
        List<String[]> rows = new java.util.ArrayList<>();
        rows.add(HEADER);
        rows.addAll(rows(atlas, changes));
        int[] widths = new int[HEADER.length - 1];
        for (String[] r : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                line.append(String.format("%-" + widths[i] + "s  ", r[i]));
            }
            out.println(line.append(r[HEADER.length - 1]).toString().stripTrailing());
        }
    }
}
