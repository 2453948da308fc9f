package org.chaord.atlas.export;

import org.chaord.atlas.data.AtlasLoader;
import org.chaord.atlas.data.LoadResult;

import java.nio.file.Path;

/** The bundled data and map, loaded once for all export tests (paths relative to the project root). */
public final class BundledData {

    public static final Path DATA = Path.of("data");
    public static final Path MAP = Path.of("maps", "countries-50m.geojson");
    private static LoadResult loaded;

    private BundledData() {
    }

    public static synchronized LoadResult get() {
        if (loaded == null) {
            loaded = AtlasLoader.load(DATA, MAP);
        }
        return loaded;
    }
}
