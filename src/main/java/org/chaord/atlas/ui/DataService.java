package org.chaord.atlas.ui;

import javafx.concurrent.Task;
import org.chaord.atlas.data.AtlasLoader;
import org.chaord.atlas.data.LoadResult;
import org.chaord.atlas.geo.MapProjection;
import org.chaord.atlas.geo.ProjectionKind;
import org.chaord.atlas.render.ProjectedWorld;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Loads data and projects the map off the FX thread. A load that finds problems still delivers the valid rows; a
 * load that finds nothing usable leaves the last good state in place.
 */
public final class DataService {

    public record Loaded(LoadResult result, ProjectedWorld world) {
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

    public Path mapFile() {
        return mapFile;
    }

    public Task<Loaded> loadTask(ProjectionKind projection) {
        return new Task<>() {
            @Override
            protected Loaded call() {
                updateMessage("Reading " + dataDir.toAbsolutePath());
                LoadResult result = AtlasLoader.load(dataDir, Files.exists(mapFile) ? mapFile : null);
                updateMessage("Projecting the map");
                return new Loaded(result, ProjectedWorld.build(result.shapes(), MapProjection.of(projection)));
            }
        };
    }

    public static void run(Task<?> task, Consumer<Throwable> onError) {
        task.setOnFailed(e -> onError.accept(task.getException()));
        Thread t = new Thread(task, "atlas-loader");
        t.setDaemon(true);
        t.start();
    }
}
