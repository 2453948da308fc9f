package org.chaord.atlas.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.impl.PackedCoordinateSequence;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The binary map cache gives the same shapes as the GeoJSON, follows changes to it, and never hides problems. */
class MapCacheTest {

    private static final String TWO = """
            {"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"iso3":"AAA"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}},
            {"type":"Feature","properties":{"iso3":"BBB"},"geometry":{"type":"Polygon","coordinates":[[[2,0],[3,0],[3,1],[2,1],[2,0]]]}}
            ]}""";

    @Test
    void theSecondReadComesFromTheCacheWithTheSameShapes(@TempDir Path dir) throws Exception {
        Path map = Files.writeString(dir.resolve("map.geojson"), TWO, StandardCharsets.UTF_8);
        MapCache cache = new MapCache(dir.resolve("cache"));
        List<LoadProblem> problems = new ArrayList<>();
        Map<String, Geometry> parsed = cache.read(map, problems);
        assertTrue(Files.isRegularFile(cache.cacheFile(map)), "the first read writes the cache");
        Map<String, Geometry> cached = cache.read(map, problems);
        assertTrue(problems.isEmpty(), problems.toString());
        assertEquals(parsed.keySet(), cached.keySet());
        parsed.forEach((iso3, g) -> assertTrue(g.equalsExact(cached.get(iso3)), iso3));
    }

    @Test
    void theShapesKeptForTheSessionHoldXyArraysNotACoordinatePerVertex(@TempDir Path dir) throws Exception {
        Path map = Files.writeString(dir.resolve("map.geojson"), TWO, StandardCharsets.UTF_8);
        MapCache cache = new MapCache(dir.resolve("cache"));
        for (String read : List.of("from the GeoJSON", "from the cache")) {
            Polygon aaa = (Polygon) cache.read(map, new ArrayList<>()).get("AAA");
            CoordinateSequence ring = aaa.getExteriorRing().getCoordinateSequence();
            // x,y floats: 8 bytes a vertex
            assertTrue(ring instanceof PackedCoordinateSequence.Float, read + ": " + ring.getClass());
            assertEquals(10, ((PackedCoordinateSequence.Float) ring).getRawCoordinates().length, read);
            // the area, the interior point and the rest still work, and leave no Coordinate array behind
            assertEquals(1.0, aaa.getArea(), 1e-12, read);
            assertNotSame(ring.toCoordinateArray(), ring.toCoordinateArray(), read);
        }
    }

    @Test
    void aChangedMapIsReadAgain(@TempDir Path dir) throws Exception {
        Path map = Files.writeString(dir.resolve("map.geojson"), TWO, StandardCharsets.UTF_8);
        MapCache cache = new MapCache(dir.resolve("cache"));
        cache.read(map, new ArrayList<>());
        Files.writeString(map, TWO.replace("BBB", "CCC"), StandardCharsets.UTF_8);
        Files.setLastModifiedTime(map, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        assertEquals(java.util.Set.of("AAA", "CCC"), cache.read(map, new ArrayList<>()).keySet());
    }

    @Test
    void aDamagedCacheIsIgnored(@TempDir Path dir) throws Exception {
        Path map = Files.writeString(dir.resolve("map.geojson"), TWO, StandardCharsets.UTF_8);
        MapCache cache = new MapCache(dir.resolve("cache"));
        cache.read(map, new ArrayList<>());
        Files.write(cache.cacheFile(map), new byte[] {0, 0, 0, 1, 0, 0, 0, 9, 1, 2});
        List<LoadProblem> problems = new ArrayList<>();
        assertEquals(2, cache.read(map, problems).size());
        assertTrue(problems.isEmpty(), "a broken cache is not the user's problem");
    }

    @Test
    void aMapWithProblemsIsNeverCachedSoItsProblemsAreReportedEveryTime(@TempDir Path dir) throws Exception {
        Path map = Files.writeString(dir.resolve("map.geojson"), TWO.replace("\"iso3\":\"BBB\"", "\"name\":\"x\""),
                StandardCharsets.UTF_8);
        MapCache cache = new MapCache(dir.resolve("cache"));
        List<LoadProblem> first = new ArrayList<>();
        cache.read(map, first);
        assertEquals(1, first.size());
        assertFalse(Files.exists(cache.cacheFile(map)));
        List<LoadProblem> second = new ArrayList<>();
        cache.read(map, second);
        assertEquals(1, second.size(), "reported again");
    }

    /** Issue 14, reproduction 18: whatever single byte of the cache flips, the shapes served are the GeoJSON's. */
    @Test
    void everyFlippedByteOfTheCacheIsCaughtAndTheCacheRebuilt(@TempDir Path dir) throws Exception {
        Path map = Files.writeString(dir.resolve("map.geojson"), TWO, StandardCharsets.UTF_8);
        MapCache cache = new MapCache(dir.resolve("cache"));
        Map<String, Geometry> parsed = MapReader.read(map, new ArrayList<>());
        cache.read(map, new ArrayList<>());
        Path file = cache.cacheFile(map);
        byte[] good = Files.readAllBytes(file);
        for (int i = 0; i < good.length; i++) {
            byte[] bad = good.clone();
            bad[i] ^= (byte) (1 << (i % 8));
            Files.write(file, bad);
            List<LoadProblem> problems = new ArrayList<>();
            Map<String, Geometry> served = cache.read(map, problems);
            assertTrue(problems.isEmpty(), problems.toString());
            assertEquals(parsed.keySet(), served.keySet(), "byte " + i);
            for (String iso3 : parsed.keySet()) {
                assertTrue(parsed.get(iso3).equalsExact(served.get(iso3)), "byte " + i + " served a wrong " + iso3);
            }
            assertTrue(java.util.Arrays.equals(good, Files.readAllBytes(file)), "byte " + i + ": cache not rebuilt");
        }
    }

    /** The detail map is projected shape by shape as it is read: the same shapes as a whole read, from either source. */
    @Test
    void readEachConvertsEveryShapeFromTheGeoJsonAndFromTheCache(@TempDir Path dir) throws Exception {
        Path map = Files.writeString(dir.resolve("map.geojson"), TWO, StandardCharsets.UTF_8);
        MapCache cache = new MapCache(dir.resolve("cache"));
        Map<String, Geometry> parsed = MapReader.read(map, new ArrayList<>());
        List<String> order = new ArrayList<>();
        for (int read = 0; read < 2; read++) { // the first parses the GeoJSON and writes the cache, the second reads it
            List<LoadProblem> problems = new ArrayList<>();
            Map<String, Double> areas = cache.readEach(map, problems, (iso3, g) -> {
                order.add(iso3);
                assertTrue(g.equalsExact(parsed.get(iso3)), iso3);
                return g.getArea();
            });
            assertTrue(problems.isEmpty(), problems.toString());
            assertEquals(List.of("AAA", "BBB"), List.copyOf(areas.keySet()));
            assertEquals(1.0, areas.get("AAA"), 1e-12);
        }
        assertEquals(List.of("AAA", "BBB", "AAA", "BBB"), order);
    }

    /** Converted results of a cache that fails its digest are never served: the GeoJSON's shapes are, and the cache is rebuilt. */
    @Test
    void readEachServesTheGeoJsonsShapesWhateverByteOfTheCacheFlips(@TempDir Path dir) throws Exception {
        Path map = Files.writeString(dir.resolve("map.geojson"), TWO, StandardCharsets.UTF_8);
        MapCache cache = new MapCache(dir.resolve("cache"));
        Map<String, Geometry> parsed = MapReader.read(map, new ArrayList<>());
        cache.read(map, new ArrayList<>());
        Path file = cache.cacheFile(map);
        byte[] good = Files.readAllBytes(file);
        for (int i = 0; i < good.length; i++) {
            byte[] bad = good.clone();
            bad[i] ^= (byte) (1 << (i % 8));
            Files.write(file, bad);
            List<LoadProblem> problems = new ArrayList<>();
            Map<String, Geometry> served = cache.readEach(map, problems, (iso3, g) -> g);
            assertTrue(problems.isEmpty(), problems.toString());
            assertEquals(parsed.keySet(), served.keySet(), "byte " + i);
            for (String iso3 : parsed.keySet()) {
                assertTrue(parsed.get(iso3).equalsExact(served.get(iso3)), "byte " + i + " served a wrong " + iso3);
            }
            assertTrue(java.util.Arrays.equals(good, Files.readAllBytes(file)), "byte " + i + ": cache not rebuilt");
        }
    }
}
