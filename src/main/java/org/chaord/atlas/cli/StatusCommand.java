package org.chaord.atlas.cli;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import org.chaord.atlas.data.LoadResult;
import org.chaord.atlas.export.AtomicFileTarget;
import org.chaord.atlas.export.CsvCells;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.Country;
import org.chaord.atlas.model.StatusClass;
import org.chaord.atlas.model.TreatyStatus;
import org.chaord.atlas.model.View;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.concurrent.Callable;

/** {@code status}: every state's (and the EU's) class under a view on a date, as CSV. */
@Command(name = "status", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Lists each state and organisation acting in its own right with its status on a date, as CSV "
                + "(iso3,name,class,since,approximate,computed,source).")
final class StatusCommand implements Callable<Integer> {

    static final String[] HEADER = {"iso3", "name", "class", "since", "approximate", "computed", "source"};

    @ParentCommand
    AtlasCli top;

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    ViewChoice choice = new ViewChoice();

    private View view;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Status on this day. Default: today")
    LocalDate date;

    @Option(names = "--format", defaultValue = "csv", description = "csv (the only format). Default: ${DEFAULT-VALUE}")
    String format;

    @Option(names = {"--out", "-o"}, paramLabel = "FILE", description = "Output file. Default: standard output")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (!"csv".equalsIgnoreCase(format.strip())) {
            throw new ParameterException(spec.commandLine(), "unknown status format '" + format + "' (expected csv)");
        }
        java.util.Optional<LoadResult> loaded = DataFiles.loadOrSay(top.dataDir(), null, spec.commandLine().getErr());
        if (loaded.isEmpty()) {
            return AtlasCli.FAILED;
        }
        LoadResult data = loaded.get();
        var unusable = UsableData.whyNot(data, false);
        if (unusable.isPresent()) {
            spec.commandLine().getErr().println("error: " + unusable.get());
            return AtlasCli.FAILED;
        }
        view = choice.resolve(data.atlas(), spec);
        LocalDate day = date != null ? date : LocalDate.now();
        if (out == null) {
            Writer w = spec.commandLine().getOut();
            write(data.atlas(), day, w);
            w.flush();
        } else {
            Path temp = AtomicFileTarget.begin(out);
            try {
                try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                    write(data.atlas(), day, w);
                }
                AtomicFileTarget.commit(temp, out);
            } finally {
                AtomicFileTarget.abandon(temp);
            }
        }
        return AtlasCli.OK;
    }

    /** How {@code status} (and {@code changes}) name a legend class in their output. */
    static String className(StatusClass cls) {
        return cls.name();
    }

    /** The CSV dialect of the commands' output: comma, quotes only where needed, LF line ends. */
    static ICSVWriter csvWriter(Writer target) {
        return new CSVWriter(target, ',', ICSVWriter.DEFAULT_QUOTE_CHARACTER, ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\n");
    }

    void write(Atlas atlas, LocalDate day, Writer target) throws IOException {
        ICSVWriter csv = csvWriter(target);
        csv.writeNext(CsvCells.row(HEADER), false);
        for (Country c : atlas.countries().values().stream()
                .filter(c -> c.kind().actsInOwnRight()).sorted(Comparator.comparing(Country::iso3)).toList()) {
            csv.writeNext(CsvCells.row(row(atlas, c, day)), false);
        }
        csv.flush();
    }

    private String[] row(Atlas atlas, Country c, LocalDate day) {
        if (view.kind() != View.Kind.TREATY) {
            return new String[] {c.iso3(), c.name(), className(atlas.history().classOn(c.iso3(), view, day)), "", "", "", ""};
        }
        TreatyStatus s = atlas.history().statusOn(c.iso3(), view.treaty(), day);
        return new String[] {c.iso3(), c.name(), className(s.statusClass()), s.since() == null ? "" : s.since().toString(),
                Boolean.toString(s.approximate()), Boolean.toString(s.computed()),
                s.event() == null || s.event().source() == null ? "" : s.event().source()};
    }
}
