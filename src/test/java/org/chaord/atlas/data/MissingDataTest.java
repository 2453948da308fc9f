package org.chaord.atlas.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Started in the wrong folder: a few problems that say where the app looked, not one per map feature. */
class MissingDataTest {

    @Test
    void aMissingDataFolderGivesAShortListNamingThePaths(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-folder");
        LoadResult result = AtlasLoader.load(missing, Path.of("maps", "countries-50m.geojson"));
        assertTrue(result.problems().size() <= 5, result.problems().toString());
        assertTrue(result.problems().stream().anyMatch(p -> p.file().equals("events.csv")
                && p.message().contains(missing.resolve("events.csv").toAbsolutePath().toString())), result.problems().toString());
        assertTrue(result.atlas().countries().isEmpty());
    }
}
