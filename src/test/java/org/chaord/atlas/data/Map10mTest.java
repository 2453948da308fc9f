package org.chaord.atlas.data;

import org.json.simple.JSONArray;
import org.json.simple.JSONObject;
import org.json.simple.parser.JSONParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.valid.IsValidOp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Natural Earth 1:10m map ({@code maps/countries-10m.geojson}) can replace the 1:50m one when zoomed in: it
 * loads cleanly with the bundled data, has the same countries with the same keys, more detail, no shape across the
 * antimeridian, and land keeps its country when the app switches from one scale to the other.
 */
class Map10mTest {

    static final Path MAP_10M = Path.of("maps", "countries-10m.geojson");

    private static final GeometryFactory LON_LAT = new GeometryFactory(new PrecisionModel(), 4326);

    static LoadResult result;
    static Map<String, Geometry> shapes10m;
    static Map<String, Geometry> shapes50m;

    @BeforeAll
    static void load() {
        result = AtlasLoader.load(BundledDataTest.DATA, MAP_10M);
        shapes10m = result.shapes();
        List<LoadProblem> problems = new ArrayList<>();
        shapes50m = MapReader.read(BundledDataTest.MAP, problems);
        assertTrue(problems.isEmpty(), problems::toString);
    }

    @Test
    void loadsWithTheBundledDataWithoutProblems() {
        assertTrue(result.problems().isEmpty(), () -> result.problems().size() + " problem(s):\n"
                + result.problems().stream().map(LoadProblem::toString).collect(Collectors.joining("\n")));
    }

    @Test
    void hasTheSameCountriesAsTheOneToFiftyMillionMap() {
        assertEquals(new TreeSet<>(shapes50m.keySet()), new TreeSet<>(shapes10m.keySet()));
        // Tuvalu, which the 1:50m map takes from 1:10m, is in the 1:10m map in its own right, in the same place.
        assertTrue(shapes10m.get("TUV").getEnvelopeInternal().intersects(shapes50m.get("TUV").getEnvelopeInternal()));
    }

    @Test
    void featuresAreKeyedExactlyLikeTheOneToFiftyMillionMap() throws Exception {
        assertEquals(idsAndProperties(BundledDataTest.MAP), idsAndProperties(MAP_10M));
    }

    @Test
    void hasMoreDetailThanTheOneToFiftyMillionMap() {
        for (String iso3 : List.of("LUX", "NOR", "CHE", "BEL")) {
            int at10m = shapes10m.get(iso3).getNumPoints();
            int at50m = shapes50m.get(iso3).getNumPoints();
            assertTrue(at10m > at50m, iso3 + ": " + at10m + " vertices at 1:10m, " + at50m + " at 1:50m");
        }
        assertTrue(vertices(shapes10m) > 2 * vertices(shapes50m), vertices(shapes10m) + " vs " + vertices(shapes50m));
    }

    @Test
    void everyCoordinateIsOnTheGlobe() {
        List<String> outside = new ArrayList<>();
        shapes10m.forEach((iso3, g) -> {
            for (Coordinate c : g.getCoordinates()) {
                if (!(c.x >= -180 && c.x <= 180 && c.y >= -90 && c.y <= 90)) {
                    outside.add(iso3 + " " + c);
                }
            }
        });
        assertEquals(List.of(), outside);
    }

    @Test
    void noEdgeStreaksAcrossTheMap() {
        // An edge that crosses the antimeridian would be drawn across the whole map; the cut leaves none, and
        // the shapes that cross it (Russia, Fiji, Antarctica) reach both -180 and 180 instead.
        List<String> streaks = new ArrayList<>();
        shapes10m.forEach((iso3, g) -> {
            for (Coordinate[] ring : rings(g)) {
                for (int i = 1; i < ring.length; i++) {
                    if (Math.abs(ring[i].x - ring[i - 1].x) > 20) {
                        streaks.add(iso3 + " " + ring[i - 1] + " -> " + ring[i]);
                    }
                }
            }
        });
        assertEquals(List.of(), streaks);
        for (String iso3 : List.of("RUS", "FJI", "ATA")) {
            var e = shapes10m.get(iso3).getEnvelopeInternal();
            assertTrue(e.getMinX() == -180 && e.getMaxX() == 180, iso3 + " spans " + e);
        }
    }

    @Test
    void landKeepsItsCountryWhenTheScaleChanges() {
        // lon, lat, country at both scales: enclaves, and places Natural Earth separates only at 1:10m (Baikonur,
        // the Sovereign Base Areas on Cyprus, Guantanamo Bay), which the build merges as 1:50m draws them.
        Object[][] places = {
                {12.4345, 41.9025, "VAT"}, {12.45, 43.94, "SMR"}, {27.48, -29.31, "LSO"}, {6.13, 49.61, "LUX"},
                {63.32, 45.62, "KAZ"}, {32.98, 34.59, "CYP"}, {33.75, 35.00, "CYP"}, {-75.10, 19.95, "CUB"},
                {178.0, 69.0, "RUS"}, {-175.0, 67.0, "RUS"}, {179.0, -16.5, "FJI"},
        };
        for (Object[] p : places) {
            Point point = LON_LAT.createPoint(new Coordinate((double) p[0], (double) p[1]));
            assertEquals(List.of(p[2]), containing(shapes50m, point), "1:50m at " + point);
            assertEquals(List.of(p[2]), containing(shapes10m, point), "1:10m at " + point);
        }
    }

    @Test
    void shapesAreNoLessValidThanAtOneToFiftyMillion() {
        // Self-intersecting shapes make hit tests unreliable; world-atlas's quantisation grid creates many at
        // 1:10m, which the build's dissolve step cleans.
        List<String> invalid10m = invalid(shapes10m);
        assertTrue(invalid10m.size() <= invalid(shapes50m).size(), () -> "invalid at 1:10m: " + invalid10m);
    }

    private static List<String> idsAndProperties(Path map) throws Exception {
        JSONObject root = (JSONObject) new JSONParser().parse(Files.readString(map, StandardCharsets.UTF_8));
        List<String> keys = new ArrayList<>();
        for (Object f : (JSONArray) root.get("features")) {
            JSONObject feature = (JSONObject) f;
            java.util.Map<?, ?> properties = (java.util.Map<?, ?>) feature.get("properties");
            keys.add(feature.get("id") + " " + new java.util.TreeMap<Object, Object>(properties));
        }
        return keys;
    }

    private static long vertices(Map<String, Geometry> shapes) {
        return shapes.values().stream().mapToLong(Geometry::getNumPoints).sum();
    }

    private static List<Coordinate[]> rings(Geometry g) {
        List<Coordinate[]> rings = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Polygon p = (Polygon) g.getGeometryN(i);
            rings.add(p.getExteriorRing().getCoordinates());
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                rings.add(p.getInteriorRingN(h).getCoordinates());
            }
        }
        return rings;
    }

    private static List<String> containing(Map<String, Geometry> shapes, Point point) {
        return shapes.entrySet().stream()
                .filter(e -> e.getValue().getEnvelopeInternal().contains(point.getCoordinate()))
                .filter(e -> e.getValue().contains(point)).map(Map.Entry::getKey).sorted().toList();
    }

    private static List<String> invalid(Map<String, Geometry> shapes) {
        return shapes.entrySet().stream().filter(e -> !new IsValidOp(e.getValue()).isValid())
                .map(Map.Entry::getKey).sorted().toList();
    }
}
