package org.chaord.atlas.cli;

import org.chaord.atlas.data.LoadProblem;
import org.chaord.atlas.data.LoadResult;
import org.chaord.atlas.data.depositary.ParticipantAliases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code validate DIR}: checks a data folder (and the map), one line per problem; exit 1 when any. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks a data folder (and the map, if present): prints file:line:column: message per problem "
                + "and a summary; exits 0 when there are none, 1 otherwise.")
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    AtlasCli top;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Data folder. Default: --data, else data")
    Path dir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path dataDir = dir != null ? dir : top.dataDir();
        Path map = top.mapGiven() || Files.isRegularFile(top.mapFile()) ? top.mapFile() : null;
        LoadResult result;
        try {
            result = DataFiles.load(dataDir, map);
        } catch (DataFiles.MissingDataException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return AtlasCli.FAILED;
        }
        var atlas = result.atlas();
        java.util.List<LoadProblem> problems = new java.util.ArrayList<>(result.problems());
        ParticipantAliases.load(dataDir, atlas.countries(), problems); // the import's alias table is data too
        for (LoadProblem p : problems) {
            out.println(p);
        }
        String checked = atlas.countries().size() + " countries, " + atlas.treaties().size() + " treaties"
                + (map == null ? ", no map" : ", " + result.shapes().size() + " map shapes");
        if (!problems.isEmpty()) {
            out.println(problems.size() + " problem(s) in " + dataDir + " (" + checked + ")");
            out.flush();
            return AtlasCli.FAILED;
        }
        out.println("OK: no problems in " + dataDir + " (" + checked + ")");
        out.flush();
        return AtlasCli.OK;
    }
}
