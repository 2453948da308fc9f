package org.chaord.atlas.cli;

import org.chaord.atlas.export.ExportSpec;
import org.chaord.atlas.export.MapFigure;
import org.chaord.atlas.export.SavedView;
import org.chaord.atlas.export.SavedViewException;
import org.chaord.atlas.export.SavedViewFile;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import java.time.LocalDate;
import java.util.List;

/**
 * The figures {@code export} writes beyond a plain status map: a change map ({@code --since}) and a saved view
 * ({@code --view-file}, whose figure options replace the command line's; only size, format and output stay).
 */
record ExportFigures(ExportSpec base, LocalDate since, SavedView viewFile) {

    /** Options a view file already gives; naming one as well is a usage error, not a silent override. */
    static final List<String> GIVEN_BY_VIEW_FILE = List.of("--view", "--compare", "--date", "--from", "--to", "--every", "--since",
            "--projection", "--region", "--palette", "--title", "--subtitle", "--lang");

    static ExportFigures of(ExportCommand c, ExportSpec base) throws SavedViewException {
        if (c.viewFile == null) {
            return new ExportFigures(base, c.since, null);
        }
        ParseResult parsed = c.spec.commandLine().getParseResult();
        for (String option : GIVEN_BY_VIEW_FILE) {
            if (parsed.hasMatchedOption(option)) {
                throw new ParameterException(c.spec.commandLine(),
                        "--view-file gives the view; do not combine it with " + option);
            }
        }
        return new ExportFigures(base, null, SavedViewFile.read(c.viewFile));
    }

    /** The figure for one export date (a view file has exactly one). */
    MapFigure on(LocalDate day) {
        if (viewFile != null) {
            return viewFile.figure(base.format(), base.width(), base.height(), base.dpi());
        }
        return new MapFigure(base.withDate(day), since, null, null);
    }
}
