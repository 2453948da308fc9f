package org.chaord.atlas.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.chaord.atlas.data.AtlasLoader;
import org.chaord.atlas.data.DataLocation;
import org.chaord.atlas.data.LoadProblem;
import org.chaord.atlas.data.LoadResult;
import org.chaord.atlas.data.MapCache;
import org.chaord.atlas.geo.MapProjection;
import org.chaord.atlas.geo.ProjectionKind;
import org.chaord.atlas.render.ProjectedShape;
import org.chaord.atlas.render.ProjectedWorld;

/**
 * Reads the data and projects the map; blocking, for the background executor. A load that finds problems still
 * delivers the valid rows; the window shows them and lists the problems.
 */
public final class DataService {

    /** What a load produced, with the world projected in the projection asked for. */
    public record Loaded(LoadResult result, ProjectedWorld world, ProjectionKind projection) {
    }

    private final DataLocation location;

    public DataService(DataLocation location) {
        this.location = location;
    }

    /** The data and map named by {@code atlas.data}/{@code ATLAS_DATA} (and map), else the bundled ones. */
    public static DataService fromEnvironment() {
        return new DataService(DataLocation.fromEnvironment());
    }

    public DataLocation location() {
        return location;
    }

    /**
     * The 1:10m world projected, from the binary map cache when current; null when there is none or it has problems.
     * Each lon/lat shape is projected as it is read and dropped (only the projected ones are kept, for drawing, hit
     * tests and exports), so the whole lon/lat map is never held (ADR 0030).
     */
    public ProjectedWorld loadDetail(ProjectionKind projection) {
        Path detail = location.detailMapFile();
        if (detail == null) {
            return null;
        }
        List<LoadProblem> problems = new ArrayList<>();
        MapProjection to = MapProjection.of(projection);
        Map<String, ProjectedShape> shapes = MapCache.userCache().readEach(detail, problems,
                (iso3, lonLat) -> ProjectedWorld.projectShape(iso3, lonLat, to));
        if (!problems.isEmpty() || shapes.isEmpty()) {
            return null;
        }
        ProjectedWorld world = ProjectedWorld.of(shapes, to);
        world.prepareHitTests();
        world.prepareDrawing(); // the simplified levels a region preset draws, before the first such frame
        return world;
    }

    /** Reads the data folder and the map (from its binary cache when current) and projects the map. */
    public Loaded load(ProjectionKind projection) {
        LoadResult result = AtlasLoader.load(location.dataDir(), location.mapFile(), MapCache.userCache());
        return new Loaded(result, ProjectedWorld.build(result.shapes(), MapProjection.of(projection)), projection);
    }
}
