package org.chaord.atlas.ui;

import java.nio.file.Path;

import org.chaord.atlas.data.AtlasLoader;
import org.chaord.atlas.data.DataLocation;
import org.chaord.atlas.data.LoadResult;
import org.chaord.atlas.data.MapCache;
import org.chaord.atlas.geo.MapProjection;
import org.chaord.atlas.geo.ProjectionKind;
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
     * The lon/lat shapes are dropped once projected (only the projected ones are kept, for drawing and hit tests).
     */
    public ProjectedWorld loadDetail(ProjectionKind projection) {
        Path detail = location.detailMapFile();
        if (detail == null) {
            return null;
        }
        java.util.List<org.chaord.atlas.data.LoadProblem> problems = new java.util.ArrayList<>();
        java.util.Map<String, org.locationtech.jts.geom.Geometry> shapes = MapCache.userCache().read(detail, problems);
        if (!problems.isEmpty() || shapes.isEmpty()) {
            return null;
        }
        ProjectedWorld world = ProjectedWorld.build(shapes, MapProjection.of(projection));
        world.prepareHitTests();
        return world;
    }

    /** Reads the data folder and the map (from its binary cache when current) and projects the map. */
    public Loaded load(ProjectionKind projection) {
        LoadResult result = AtlasLoader.load(location.dataDir(), location.mapFile(), MapCache.userCache());
        return new Loaded(result, ProjectedWorld.build(result.shapes(), MapProjection.of(projection)), projection);
    }
}
