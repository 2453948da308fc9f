package org.chaord.atlas.data;

import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.IndicatorDataset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds an indicator dataset (any CSV with an {@code iso3} column) to data already loaded, as the loader reads the
 * ones in the data folder: bad rows are reported with file, line and column and skipped, the good rows join the
 * atlas, a dataset of the same name is replaced, and nothing else changes.
 */
public final class DatasetLoader {

    private DatasetLoader() {
    }

    /** The result of adding a dataset: the data with it (or as before when no row was usable) and its problems. */
    public record Added(LoadResult result, List<LoadProblem> problems) {

        public Added {
            problems = List.copyOf(problems);
        }
    }

    /** A dataset read from its file, with the problems of its rows; not yet part of any data. */
    public record Read(IndicatorDataset dataset, List<LoadProblem> problems) {

        public Read {
            problems = List.copyOf(problems);
        }
    }

    /** Reads the file (the slow part: run it off the FX thread); never throws on bad input. */
    public static Read read(Path csv) {
        List<LoadProblem> problems = new ArrayList<>();
        IndicatorDataset dataset = IndicatorReader.read(csv, problems);
        return new Read(dataset, problems);
    }

    public static Added add(LoadResult current, Path csv) {
        return add(current, read(csv));
    }

    /** The data with a dataset read before (quick: no file is touched). */
    public static Added add(LoadResult current, Read read) {
        IndicatorDataset dataset = read.dataset();
        List<LoadProblem> problems = read.problems();
        if (dataset.rowsByIso3().isEmpty()) {
            return new Added(withProblems(current, current.atlas(), problems), problems);
        }
        Atlas a = current.atlas();
        List<IndicatorDataset> indicators = new ArrayList<>(a.indicators());
        indicators.removeIf(d -> d.name().equals(dataset.name()));
        indicators.add(dataset);
        Atlas updated = new Atlas(a.treaties(), a.countries(), a.history(), a.groups(), indicators, a.dataAsOf());
        return new Added(withProblems(current, updated, problems), problems);
    }

    private static LoadResult withProblems(LoadResult current, Atlas atlas, List<LoadProblem> added) {
        List<LoadProblem> all = new ArrayList<>(current.problems());
        all.addAll(added);
        return new LoadResult(atlas, current.shapes(), all);
    }
}
