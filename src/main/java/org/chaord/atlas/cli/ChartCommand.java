package org.chaord.atlas.cli;

import org.chaord.atlas.data.LoadResult;
import org.chaord.atlas.export.ChartExport;
import org.chaord.atlas.export.ExportFormat;
import org.chaord.atlas.export.ExportLimits;
import org.chaord.atlas.export.PaperSize;
import org.chaord.atlas.model.PartiesOverTime;
import org.chaord.atlas.model.Treaty;
import org.chaord.atlas.model.TreatyId;
import org.chaord.atlas.render.ChartRequest;
import org.chaord.atlas.render.Palette;
import org.chaord.atlas.i18n.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code chart}: a treaty's parties over time (signatories, bound, in force) as a PNG, SVG or PDF figure. */
@Command(name = "chart", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Draws a treaty's signatories, bound States and Parties in force over time as PNG, SVG or PDF.")
final class ChartCommand implements Callable<Integer> {

    /** The atlas's timeline starts on the day the Budapest Convention opened for signature. */
    static final LocalDate TIMELINE_START = LocalDate.of(2001, 11, 23);

    @ParentCommand
    AtlasCli top;

    @Spec
    CommandSpec spec;

    @Option(names = "--treaty", required = true, description = "A treaty id of treaties.csv (UNCC, ETS185, ETS189, CETS224, ...)")
    TreatyId treaty;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD",
            description = "First day. Default: the treaty's adoption (before it the lines are flat), at the earliest 2001-11-23")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day. Default: today")
    LocalDate to;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day marked on the chart. Default: --to")
    LocalDate date;

    @Option(names = "--format", description = "png, svg or pdf. Default: from the --out extension")
    ExportFormat format;

    @Option(names = {"--out", "-o"}, required = true, paramLabel = "FILE", description = "Output file")
    Path out;

    @Option(names = "--width", defaultValue = "1920", description = "Width in pixels. Default: ${DEFAULT-VALUE}")
    int width;

    @Option(names = "--height", defaultValue = "1080", description = "Height in pixels. Default: ${DEFAULT-VALUE}")
    int height;

    @Option(names = "--dpi", description = "Resolution: PNG metadata and PDF page size. Default: 96")
    Double dpi;

    @Option(names = "--palette", defaultValue = "default",
            description = "default, color-blind-safe, high-contrast, greyscale. Default: ${DEFAULT-VALUE}")
    Palette palette;

    @Option(names = "--title", description = "Figure title. Default: Parties over time: <treaty>")
    String title;

    @Option(names = "--subtitle", description = "Figure subtitle")
    String subtitle;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", description = "en, fr, es, ru, zh, ar. Default: ${DEFAULT-VALUE}")
    Locale lang;

    @Override
    public Integer call() {
        ExportFormat fmt = format != null ? format : ExportFormat.fromFileName(out);
        if (fmt == null) {
            throw usage("cannot tell the format of '" + out + "': give --format png|svg|pdf or an --out ending in .png, .svg or .pdf");
        }
        ExportLimits.checkSize(width, height).ifPresent(problem -> {  // the same limits and words as export
            throw usage(problem);
        });
        if (dpi != null) {
            ExportLimits.checkDpi(dpi).ifPresent(problem -> {
                throw usage(problem);
            });
        }
        java.util.Optional<LoadResult> loaded = DataFiles.loadOrSay(top.dataDir(), null, spec.commandLine().getErr());
        if (loaded.isEmpty()) {
            return AtlasCli.FAILED;
        }
        LoadResult data = loaded.get();
        if (!data.atlas().treaties().containsKey(treaty)) {
            throw usage("unknown treaty '" + treaty + "' (the data have " + data.atlas().treatyIds() + ")");
        }
        LocalDate last = to != null ? to : LocalDate.now();
        LocalDate first = from != null ? from : defaultFrom(data.atlas().treaties().get(treaty));
        if (first.isAfter(last)) {
            throw usage("--from " + first + " is after --to " + last);
        }
        ChartRequest req = new ChartRequest(treaty, first, last, date != null ? date : last, palette,
                new Texts(lang).withTreaties(data.atlas().treaties()), // a treaty added by CSV is named as in the app
                title, subtitle);
        try {
            Path written = new ChartExport().write(data.atlas(), req, fmt, width, height,
                    dpi != null ? dpi : PaperSize.SCREEN_DPI, out);
            spec.commandLine().getOut().println(written);
        } catch (IOException e) {
            spec.commandLine().getErr().println("error: cannot write " + out + ": " + AtlasCli.describe(e));
            return AtlasCli.FAILED;
        }
        return AtlasCli.OK;
    }

    static LocalDate defaultFrom(Treaty t) {
        return PartiesOverTime.defaultFrom(t, TIMELINE_START);
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
