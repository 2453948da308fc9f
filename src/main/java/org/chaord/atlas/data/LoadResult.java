package org.chaord.atlas.data;

import org.chaord.atlas.model.Atlas;
import org.locationtech.jts.geom.Geometry;

import java.util.List;
import java.util.Map;

/** What loading produced: the atlas from the valid rows, the country shapes, and every problem found. */
public record LoadResult(Atlas atlas, Map<String, Geometry> shapes, List<LoadProblem> problems) {

    public LoadResult {
        shapes = Map.copyOf(shapes);
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
