package org.chaord.atlas.cli;

import org.chaord.atlas.data.LoadProblem;
import org.chaord.atlas.data.LoadResult;
import org.chaord.atlas.data.MapReader;

import java.util.List;
import java.util.Optional;

/**
 * Whether what loaded is enough to draw a figure or list statuses: a blank map or an empty table with exit 0 would
 * look like a result. Problems that leave rows out are warnings; problems that leave nothing are failures.
 */
final class UsableData {

    private UsableData() {
    }

    /** Why the data cannot be used (with the problems behind it), or empty when it can. */
    static Optional<String> whyNot(LoadResult data, boolean needsMap) {
        String missing = data.atlas().treaties().isEmpty() ? "no treaties"
                : data.atlas().countries().isEmpty() ? "no countries"
                : needsMap && data.shapes().isEmpty() ? "no map shapes"
                : needsMap && data.problems().stream().anyMatch(MapReader::isIncomplete) ? "only part of a broken map"
                : null;
        if (missing == null) {
            return Optional.empty();
        }
        List<LoadProblem> problems = data.problems();
        StringBuilder why = new StringBuilder("the data has " + missing + " to show");
        problems.stream().limit(5).forEach(p -> why.append(System.lineSeparator()).append(p));
        if (problems.size() > 5) {
            why.append(System.lineSeparator()).append("… and ").append(problems.size() - 5).append(" more problem(s)");
        }
        return Optional.of(why.toString());
    }
}
