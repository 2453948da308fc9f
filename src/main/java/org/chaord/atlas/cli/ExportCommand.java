package org.chaord.atlas.cli;

import org.chaord.atlas.data.LoadResult;
import org.chaord.atlas.export.ExportFormat;
import org.chaord.atlas.export.ExportLimits;
import org.chaord.atlas.export.ExportResult;
import org.chaord.atlas.export.ExportService;
import org.chaord.atlas.export.ExportSpec;
import org.chaord.atlas.export.MapFigure;
import org.chaord.atlas.export.SavedViewException;
import org.chaord.atlas.export.PaperSize;
import org.chaord.atlas.geo.ProjectionKind;
import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.model.View;
import org.chaord.atlas.render.MapFrame;
import org.chaord.atlas.render.Palette;
import org.chaord.atlas.render.RegionPreset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code export}: one figure for a date, or a batch of figures over a date range. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Exports the map of a view on a date as PNG, SVG or PDF.",
                "Batch: --from D --to D --every 1y|6m|1m|30d --out DIR writes <view>-<date>.<ext> per date."})
final class ExportCommand implements Callable<Integer> {

    static final int MAX_BATCH = 5000;

    @ParentCommand
    AtlasCli top;

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    ViewChoice choice = new ViewChoice();

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Status on this day. Default: today")
    LocalDate date;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Batch: first day")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Batch: last day (included)")
    LocalDate to;

    @Option(names = "--every", paramLabel = "STEP", description = "Batch step: 1y, 6m, 1m, 2w, 30d. Default: 1y")
    Period every;

    @Option(names = "--format", description = "png, svg or pdf. Default: from the --out extension (batch: png)")
    ExportFormat format;

    @Option(names = {"--out", "-o"}, required = true, paramLabel = "FILE|DIR", description = "Output file (batch: folder)")
    Path out;

    @Option(names = "--width", description = "Width in pixels. Default: 1920")
    Integer width;

    @Option(names = "--height", description = "Height in pixels. Default: 1080")
    Integer height;

    @Option(names = "--paper", description = "slide (1920x1080), 4k (3840x2160), A4 or A3 (landscape, at --dpi)")
    PaperSize paper;

    @Option(names = "--dpi", description = "Resolution: PNG metadata, PDF page size, A4/A3 pixels. Default: 300 for A4/A3, else 96")
    Double dpi;

    @Option(names = "--projection", defaultValue = "equal-earth",
            description = "equal-earth, robinson, mollweide, winkel-tripel, plate-carree, natural-earth. Default: ${DEFAULT-VALUE}")
    ProjectionKind projection;

    @Option(names = "--region", defaultValue = "world",
            description = "world, europe, africa, americas, asia-pacific, middle-east. Default: ${DEFAULT-VALUE}")
    RegionPreset region;

    @Option(names = "--palette", defaultValue = "default",
            description = "default, color-blind-safe, high-contrast, greyscale. Default: ${DEFAULT-VALUE}")
    Palette palette;

    @Option(names = "--title", description = "Figure title. Default: the view's name")
    String title;

    @Option(names = "--subtitle", description = "Figure subtitle")
    String subtitle;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", description = "en, fr, es, ru, zh, ar. Default: ${DEFAULT-VALUE}")
    Locale lang;

    @Option(names = "--labels", description = "Country names on the map, in the figure's language (SVG: one <text> per name)")
    boolean labels;

    // Issue 10: the change map and saved views (resolved in ExportFigures).
    @Option(names = "--since", paramLabel = "YYYY-MM-DD",
            description = "Change map: what changed from this day to --date (or to each batch date)")
    LocalDate since;

    @Option(names = "--view-file", paramLabel = "FILE",
            description = "Export a saved view (JSON); size, format and --out still come from the options")
    Path viewFile;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExportSpec base = baseSpec();
        List<LocalDate> dates = dates();
        boolean batch = from != null;
        ExportFormat fmt = format(batch);
        base = base.withFormat(fmt);
        ExportFigures figures;
        try {
            figures = ExportFigures.of(this, base);
        } catch (SavedViewException e) {
            err.println("error: " + e.getMessage());
            return AtlasCli.FAILED;
        }
        if (figures.viewFile() != null) {
            dates = List.of(figures.viewFile().date());
        }
        java.util.Optional<LoadResult> loaded = DataFiles.loadOrSay(top.dataDir(), top.mapFile(), err);
        if (loaded.isEmpty()) {
            return AtlasCli.FAILED;
        }
        LoadResult data = loaded.get();
        var unusable = UsableData.whyNot(data, true);
        if (unusable.isPresent()) {
            err.println("error: " + unusable.get());
            return AtlasCli.FAILED;
        }
        base = base.withView(choice.resolve(data.atlas(), spec));
        ExportService service = new ExportService();
        java.util.Map<String, org.locationtech.jts.geom.Geometry> detail = null;
        try {
            if (batch) {
                Files.createDirectories(out);
            }
            for (LocalDate day : dates) {
                Path file = batch ? out.resolve(fileName(day, fmt)) : out;
                MapFigure figure = figures.on(day);
                if (figure.datesSwapped()) {
                    err.println("note: --since " + figure.since() + " is after " + day + "; the dates were swapped");
                }
                // a region (from the options or a view file) is drawn from 1:10m, read once for a batch
                if (figure.spec().region() != RegionPreset.WORLD && detail == null) {
                    detail = DataFiles.detailShapes(top.location(), data.shapes());
                }
                var shapes = figure.spec().region() == RegionPreset.WORLD ? data.shapes() : detail;
                ExportResult r = figure.export(service, data.atlas(), shapes, file, null);
                stdout.println(r.file());
                stdout.flush();
            }
        } catch (IOException e) {
            err.println("error: cannot write " + out + ": " + AtlasCli.describe(e));
            return AtlasCli.FAILED;
        } catch (OutOfMemoryError e) {
            err.println("error: not enough memory for a " + base.width() + " x " + base.height()
                    + " image; give Java more heap (e.g. java -Xmx2g)");
            return AtlasCli.FAILED;
        }
        return AtlasCli.OK;
    }

    private String fileName(LocalDate day, ExportFormat fmt) {
        String changes = since != null ? "-changes-since-" + since : ""; // never overwrite the status frames
        return choice.asked().name().toLowerCase(Locale.ROOT) + changes + "-" + day + "." + fmt.extension();
    }

    private ExportSpec baseSpec() {
        if (paper != null && (width != null || height != null)) {
            throw usage("give either --paper or --width/--height, not both");
        }
        if (dpi != null) {
            ExportLimits.checkDpi(dpi).ifPresent(problem -> {
                throw usage(problem);
            });
        }
        double resolution = dpi != null ? dpi : paper != null ? paper.defaultDpi() : PaperSize.SCREEN_DPI;
        int w;
        int h;
        if (paper != null) {
            w = paper.widthPx(resolution);
            h = paper.heightPx(resolution);
        } else {
            w = width != null ? width : 1920;
            h = height != null ? height : 1080;
        }
        ExportLimits.checkSize(w, h).ifPresent(problem -> {
            throw usage(problem);
        });
        MapFrame frame = MapFrame.of(choice.asked(), LocalDate.now()).withPalette(palette).withTexts(new Texts(lang))
                .withTitles(title, subtitle).withLabels(labels);
        return ExportSpec.of(ExportFormat.PNG, frame).withSize(w, h, resolution).withProjection(projection)
                .withRegion(region);
    }

    private List<LocalDate> dates() {
        if (from == null) {
            if (to != null || every != null) {
                throw usage("--to and --every need --from");
            }
            return List.of(date != null ? date : LocalDate.now());
        }
        if (date != null) {
            throw usage("give either --date or --from/--to, not both");
        }
        if (to == null) {
            throw usage("--from needs --to");
        }
        if (to.isBefore(from)) {
            throw usage("--to " + to + " is before --from " + from);
        }
        Period step = every != null ? every : Period.ofYears(1);
        List<LocalDate> days = new ArrayList<>();
        for (int n = 0; ; n++) {
            LocalDate day = from.plus(step.multipliedBy(n));
            if (day.isAfter(to)) {
                break;
            }
            if (days.size() == MAX_BATCH) {
                throw usage("more than " + MAX_BATCH + " dates from " + from + " to " + to + "; use a larger --every");
            }
            days.add(day);
        }
        return days;
    }

    private ExportFormat format(boolean batch) {
        if (format != null) {
            return format;
        }
        if (batch) {
            return ExportFormat.PNG;
        }
        ExportFormat fromName = ExportFormat.fromFileName(out);
        if (fromName == null) {
            throw usage("cannot tell the format of '" + out + "': give --format png|svg|pdf or an --out ending in .png, .svg or .pdf");
        }
        return fromName;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
