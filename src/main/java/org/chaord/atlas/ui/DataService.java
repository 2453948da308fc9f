package org.chaord.atlas.ui;

import org.chaord.atlas.data.AtlasLoader;
import org.chaord.atlas.data.BundledPaths;
import org.chaord.atlas.data.LoadResult;
import org.chaord.atlas.data.MapCache;
import org.chaord.atlas.geo.MapProjection;
import org.chaord.atlas.geo.ProjectionKind;
import org.chaord.atlas.render.ProjectedWorld;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * Loads data and projects the map off the FX thread. A load that finds problems still delivers the valid rows; the
 * window shows them and lists the problems.
 */
public final class DataService {

    public record Loaded(LoadResult result, ProjectedWorld world, ProjectionKind projection) {
    }

    private final Path dataDir;
    private final Path mapFile;

    public DataService(Path dataDir, Path mapFile) {
        this.dataDir = dataDir;
        this.mapFile = mapFile;
    }

    /**
     * The bundled data: {@code ATLAS_DATA}/{@code ATLAS_MAP} or the system properties {@code atlas.data}/{@code
     * atlas.map}; else ./data and ./maps, or the ones beside the app's jar or classes when started elsewhere.
     */
    public static DataService fromEnvironment() {
        String data = System.getProperty("atlas.data", System.getenv("ATLAS_DATA"));
        String map = System.getProperty("atlas.map", System.getenv("ATLAS_MAP"));
        return new DataService(data != null ? Path.of(data) : BundledPaths.locate(BundledPaths.DATA),
                map != null ? Path.of(map) : BundledPaths.locate(BundledPaths.MAP));
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Starts loading at once on a background thread (the app starts this before the toolkit is up). */
    public CompletableFuture<Loaded> load(ProjectionKind projection) {
        return CompletableFuture.supplyAsync(() -> {
            LoadResult result = AtlasLoader.load(dataDir, mapFile, MapCache.userCache());
            return new Loaded(result, ProjectedWorld.build(result.shapes(), MapProjection.of(projection)), projection);
        });
    }
}
