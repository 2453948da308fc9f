package org.chaord.atlas.ui;

import org.chaord.atlas.data.AtlasLoader;
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

    /** The bundled data: {@code ATLAS_DATA}/{@code ATLAS_MAP} or the system properties, else ./data and ./maps. */
    public static DataService fromEnvironment() {
        String data = System.getProperty("atlas.data", System.getenv().getOrDefault("ATLAS_DATA", "data"));
        String map = System.getProperty("atlas.map",
                System.getenv().getOrDefault("ATLAS_MAP", "maps/countries-50m.geojson"));
        return new DataService(Path.of(data), Path.of(map));
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
