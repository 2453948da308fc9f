package org.chaord.atlas.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 14, reproductions 8–10: a bad feature of the bundled map costs that feature, reported on its line. */
class MapDamageTest {

    @TempDir
    Path tmp;

    private static Map<String, Geometry> bundled;

    private static synchronized Map<String, Geometry> bundled() {
        if (bundled == null) {
            List<LoadProblem> problems = new ArrayList<>();
            bundled = MapReader.read(BundledCopy.MAP, problems);
            assertTrue(problems.isEmpty(), problems.toString());
        }
        return bundled;
    }

    /** The bundled map with the geometry of the feature on {@code line} (1-based) replaced. */
    private Path withGeometry(int line, String geometry) throws IOException {
        List<String> lines = Files.readAllLines(BundledCopy.MAP, StandardCharsets.UTF_8);
        String feature = lines.get(line - 1);
        int start = feature.indexOf("\"geometry\":") + "\"geometry\":".length();
        int end = feature.indexOf(",\"properties\"");
        lines.set(line - 1, feature.substring(0, start) + geometry + feature.substring(end));
        return Files.writeString(tmp.resolve("map.geojson"), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private static String iso3OnLine(int line) throws IOException {
        String feature = Files.readAllLines(BundledCopy.MAP, StandardCharsets.UTF_8).get(line - 1);
        int at = feature.indexOf("\"iso3\":\"") + 8;
        return feature.substring(at, at + 3);
    }

    private void assertOnlyThatFeatureIsLost(Path map, int line, String words) throws IOException {
        List<LoadProblem> problems = new ArrayList<>();
        Map<String, Geometry> shapes = MapReader.read(map, problems);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(line, problems.get(0).line());
        assertTrue(problems.get(0).message().contains(words), problems.get(0).message());
        String lost = iso3OnLine(line);
        assertFalse(shapes.containsKey(lost));
        assertEquals(bundled().size() - 1, shapes.size());
        shapes.forEach((iso3, g) -> assertTrue(g.equalsExact(bundled().get(iso3)), iso3));
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aGeometryCollectionNested3000DeepIsAProblemOfItsFeature() throws IOException {
        String deep = "{\"type\":\"GeometryCollection\",\"geometries\":[".repeat(3000) + "]}".repeat(3000);
        assertOnlyThatFeatureIsLost(withGeometry(10, deep), 10, "deeper");
    }

    @Test
    void anEmptyPolygonIsReportedAndDropped() throws IOException {
        assertOnlyThatFeatureIsLost(withGeometry(20, "{\"type\":\"Polygon\",\"coordinates\":[]}"), 20, "empty");
    }

    @Test
    void aPolygonWithoutAreaIsReportedAndDropped() throws IOException {
        assertOnlyThatFeatureIsLost(withGeometry(21,
                "{\"type\":\"Polygon\",\"coordinates\":[[[1,1],[1,1],[1,1],[1,1]]]}"), 21, "no area");
    }

    @Test
    void aNanCoordinateCostsItsFeatureNotTheMap() throws IOException {
        assertOnlyThatFeatureIsLost(withGeometry(30,
                "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[NaN,0],[1,1],[0,0]]]}"), 30, "finite");
    }

    /** Found by the long fuzz run: a JSON null among the coordinates escaped as a NullPointerException. */
    @Test
    void aNullCoordinateCostsItsFeatureNotTheMap() throws IOException {
        assertOnlyThatFeatureIsLost(withGeometry(32,
                "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],null,[1,1],[0,0]]]}"), 32, "bad geometry");
    }

    @Test
    void anInfiniteCoordinateCostsItsFeatureNotTheMap() throws IOException {
        assertOnlyThatFeatureIsLost(withGeometry(31,
                "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[-Infinity,0],[1,1],[0,0]]]}"), 31, "finite");
    }

    @Test
    void aTruncatedMapIsOneProblemWithItsLine() throws IOException {
        byte[] bytes = Files.readAllBytes(BundledCopy.MAP);
        Path map = Files.write(tmp.resolve("cut.geojson"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        List<LoadProblem> problems = new ArrayList<>();
        Map<String, Geometry> shapes = MapReader.read(map, problems);
        assertTrue(problems.get(0).line() > 1, problems.toString());
        assertTrue(MapReader.isIncomplete(problems.get(0)), problems.toString());
        assertTrue(problems.stream().allMatch(p -> p.line() > 1), problems.toString());
        assertTrue(shapes.size() > bundled().size() / 3 && shapes.size() < bundled().size(), "the whole lines are read");
        shapes.forEach((iso3, g) -> assertTrue(g.equalsExact(bundled().get(iso3)), iso3));
    }

    @Test
    void aBrokenBracketInOneFeatureCostsThatFeature() throws IOException {
        List<String> lines = Files.readAllLines(BundledCopy.MAP, StandardCharsets.UTF_8);
        lines.set(40, lines.get(40).replaceFirst("\\]\\]", "]"));
        Path map = Files.writeString(tmp.resolve("b.geojson"), String.join("\n", lines), StandardCharsets.UTF_8);
        List<LoadProblem> problems = new ArrayList<>();
        Map<String, Geometry> shapes = MapReader.read(map, problems);
        assertEquals(bundled().size() - 1, shapes.size(), problems.toString());
        assertTrue(problems.stream().allMatch(p -> p.line() == 41), problems.toString());
    }

    @Test
    void aMapOverTheSizeLimitIsRefusedWithAProblem() {
        List<LoadProblem> problems = new ArrayList<>();
        String before = System.getProperty(ReadLimits.PROPERTY);
        System.setProperty(ReadLimits.PROPERTY, "1");
        try {
            assertTrue(MapReader.read(BundledCopy.MAP, problems).isEmpty());
        } finally {
            if (before == null) {
                System.clearProperty(ReadLimits.PROPERTY);
            } else {
                System.setProperty(ReadLimits.PROPERTY, before);
            }
        }
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().contains("limit"), problems.toString());
    }
}
