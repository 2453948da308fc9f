package org.chaord.atlas.cli;

import org.chaord.atlas.data.AtlasLoader;
import org.chaord.atlas.data.MapCache;
import org.chaord.atlas.data.LoadProblem;
import org.chaord.atlas.data.LoadResult;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads the data folder (and map) for a command, failing clearly when the folder or the map is missing. */
final class DataFiles {

    private DataFiles() {
    }

    /** Thrown when the data cannot be loaded at all; the command exits with {@link AtlasCli#FAILED}. */
    static final class MissingDataException extends Exception {
        private static final long serialVersionUID = 1L;

        MissingDataException(String message) {
            super(message);
        }
    }

    static LoadResult load(Path dataDir, Path mapFile) throws MissingDataException {
        if (!Files.isDirectory(dataDir)) {
            throw new MissingDataException("data folder not found: " + dataDir.toAbsolutePath()
                    + " (use --data DIR)");
        }
        if (mapFile != null && !Files.isRegularFile(mapFile)) {
            throw new MissingDataException("map file not found: " + mapFile.toAbsolutePath() + " (use --map FILE)");
        }
        // The binary map cache makes batch exports start fast; it only ever holds maps that loaded without problems.
        return AtlasLoader.load(dataDir, mapFile, MapCache.userCache());
    }

    /**
     * The 1:10m shapes for a region export (a Europe figure shows Luxembourg's real outline), read through the map
     * cache; the given shapes when there is no detail map (another map was named) or it has problems.
     */
    static java.util.Map<String, org.locationtech.jts.geom.Geometry> detailShapes(
            org.chaord.atlas.data.DataLocation location, java.util.Map<String, org.locationtech.jts.geom.Geometry> coarse) {
        Path detail = location.detailMapFile();
        if (detail == null) {
            return coarse;
        }
        java.util.List<LoadProblem> problems = new java.util.ArrayList<>();
        var shapes = MapCache.userCache().read(detail, problems);
        return problems.isEmpty() && !shapes.isEmpty() ? shapes : coarse;
    }

    /**
     * The data for a command that needs them: loaded, their problems warned about on {@code err}; empty when they
     * cannot be loaded at all, which has then been said on {@code err} (the command exits with FAILED).
     */
    static java.util.Optional<LoadResult> loadOrSay(Path dataDir, Path mapFile, PrintWriter err) {
        try {
            LoadResult data = load(dataDir, mapFile);
            warn(data, err);
            return java.util.Optional.of(data);
        } catch (MissingDataException e) {
            err.println("error: " + e.getMessage());
            return java.util.Optional.empty();
        }
    }

    /** Warns about data problems on stderr; the atlas is still built from the valid rows. */
    static void warn(LoadResult result, PrintWriter err) {
        if (!result.hasProblems()) {
            return;
        }
        err.println("warning: " + result.problems().size() + " data problem(s); rows with problems were skipped:");
        for (LoadProblem p : result.problems()) {
            err.println(p);
        }
    }
}
