package org.chaord.atlas.data;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where the app and the command line look for the data: the same rules for both. */
class DataLocationTest {

    private static DataLocation resolve(Path data, Path map, Map<String, String> properties, Map<String, String> env) {
        return DataLocation.resolve(data, map, properties::get, env::get);
    }

    @Test
    void anOptionWinsOverThePropertyWhichWinsOverTheEnvironment() {
        Map<String, String> props = Map.of("atlas.data", "/p/data", "atlas.map", "/p/map.geojson");
        Map<String, String> env = Map.of("ATLAS_DATA", "/e/data", "ATLAS_MAP", "/e/map.geojson");
        assertEquals(Path.of("/o/data"), resolve(Path.of("/o/data"), null, props, env).dataDir());
        assertEquals(Path.of("/p/data"), resolve(null, null, props, env).dataDir());
        assertEquals(Path.of("/e/data"), resolve(null, null, Map.of(), env).dataDir());
        assertEquals(Path.of("/e/map.geojson"), resolve(null, null, Map.of(), env).mapFile());
        assertTrue(resolve(null, null, Map.of(), env).mapNamed());
    }

    @Test
    void withNothingNamedTheBundledDataIsUsed() {
        DataLocation bundled = resolve(null, null, Map.of(), Map.of("ATLAS_DATA", " "));
        assertEquals(BundledPaths.locate(BundledPaths.DATA), bundled.dataDir());
        assertEquals(BundledPaths.locate(BundledPaths.MAP), bundled.mapFile());
        assertFalse(bundled.mapNamed(), "a bundled map that is missing may be skipped");
    }
}
