package org.chaord.atlas.cli;

import org.chaord.atlas.data.DataLocation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * The command line: {@code export}, {@code status}, {@code changes}, {@code chart}, {@code validate} and
 * {@code import}, headless (no JavaFX). The only code of the atlas that prints. Exit codes: 0 done, 1 failed (missing data, invalid data, I/O), 2 bad arguments.
 */
@Command(name = "chaord-atlas", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = "Atlas of cyber-treaty membership: export maps, list status, validate data.",
        subcommands = {ExportCommand.class, StatusCommand.class, ChangesCommand.class, ChartCommand.class,
                ValidateCommand.class, ImportCommand.class, HelpCommand.class})
public final class AtlasCli implements Callable<Integer> {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Data folder (treaties.csv, countries.csv, events.csv, groups.csv). Default: $ATLAS_DATA, else data")
    Path data;

    @Option(names = "--map", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Country shapes, GeoJSON in lon/lat. Default: $ATLAS_MAP, else maps/countries-50m.geojson")
    Path map;

    /** Runs the command line with the process's standard streams; returns the exit code. */
    public static int run(String... args) {
        // (a PrintWriter over a PrintStream reports the stream's swallowed errors in checkError)
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the command line printing to {@code out} and {@code err}; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine(out, err);
        int code = cl.execute(args);
        out.flush();
        code = OutputCheck.exitCode(code, out.checkError(), err);
        err.flush();
        return code;
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new AtlasCli());
        CliConverters.registerAll(cl);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println(ex.getMessage());
            UnmatchedArgumentException.printSuggestions(ex, c.getErr()); // "Did you mean ...": a typo's fix
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            c.getErr().println("error: " + describe(ex));
            return FAILED;
        });
        return cl;
    }

    static String describe(Throwable ex) {
        String m = ex.getMessage();
        return m == null || m.isBlank() ? ex.getClass().getSimpleName() : m;
    }

    /** Where the data and map are: --data/--map, else atlas.data/ATLAS_DATA (and map), else the bundled ones. */
    DataLocation location() {
        return DataLocation.resolve(data, map);
    }

    Path dataDir() {
        return location().dataDir();
    }

    /** The map file, and whether the user named it (a default that does not exist may be skipped by validate). */
    Path mapFile() {
        return location().mapFile();
    }

    boolean mapGiven() {
        return location().mapNamed();
    }

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("Missing command: export, status, changes, chart, validate or import.");
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }
}
