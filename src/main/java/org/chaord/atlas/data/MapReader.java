package org.chaord.atlas.data;

import org.chaord.atlas.geo.UncachedFloatSequence;
import org.json.simple.JSONArray;
import org.json.simple.JSONObject;
import org.json.simple.parser.JSONParser;
import org.json.simple.parser.ParseException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.geojson.GeoJsonReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the country shapes from a GeoJSON FeatureCollection in lon/lat, keyed by the {@code iso3} property.
 * Features are read one by one because {@code GeoJsonReader} drops ids and properties of a whole collection; a
 * feature that cannot be used ({@link GeometryJson}) is reported with its line and the rest of the map is kept.
 * A file that is not valid JSON is reported where it breaks, and its features are then read line by line (the
 * usual one-feature-per-line layout), so one damaged feature does not cost the world; such a map is incomplete
 * ({@link #isIncomplete}).
 */
public final class MapReader {

    static final String INVALID_JSON = "not valid JSON";

    private MapReader() {
    }

    /** Whether a problem means the map file as a whole could not be read: what was kept is a partial map. */
    public static boolean isIncomplete(LoadProblem problem) {
        return problem.message().startsWith(INVALID_JSON) || problem.message().startsWith("not a GeoJSON");
    }

    public static Map<String, Geometry> read(Path path, List<LoadProblem> problems) {
        String file = path.getFileName().toString();
        Map<String, Geometry> shapes = new LinkedHashMap<>();
        TextLines lines;
        try {
            lines = TextLines.decode(SafeRead.bytes(path), file, problems);
        } catch (SafeRead.RefusedFile e) {
            problems.add(new LoadProblem(file, 0, 0, e.getMessage()));
            return shapes;
        }
        GeoJsonText json = GeoJsonText.scan(String.join("\n", lines.lines()));
        List<Object> features;
        List<Long> featureLines;
        try {
            Object root = new JSONParser().parse(json.text);
            if (!(root instanceof JSONObject obj) || !(obj.get("features") instanceof JSONArray array)) {
                problems.add(new LoadProblem(file, 1, 1, "not a GeoJSON FeatureCollection (no 'features' array)"));
                return shapes;
            }
            List<?> items = array; // json-simple's arrays are raw lists of objects
            features = new ArrayList<>(items);
            featureLines = json.featureLines;
        } catch (ParseException e) {
            long[] at = json.lineAndColumn(e.getPosition());
            problems.add(new LoadProblem(file, at[0], (int) at[1], INVALID_JSON + " (" + e
                    + "); the features are read line by line instead and the map is incomplete"));
            features = new ArrayList<>();
            featureLines = new ArrayList<>();
            byLine(json.text, file, features, featureLines, problems);
        }
        readFeatures(file, features, featureLines, lines, shapes, problems);
        return shapes;
    }

    private static void readFeatures(String file, List<Object> features, List<Long> featureLines, TextLines lines,
                                     Map<String, Geometry> shapes, List<LoadProblem> problems) {
        // packed x,y floats, as the cache reads them (ADR 0032, 0033): the reader builds a Coordinate per vertex
        // whatever its factory, so each shape is copied through the factory, which packs them
        GeometryFactory packed = new GeometryFactory(new PrecisionModel(), 4326, UncachedFloatSequence.FACTORY);
        GeoJsonReader reader = new GeoJsonReader(packed);
        for (int index = 0; index < features.size(); index++) {
            long line = index < featureLines.size() ? featureLines.get(index) : 0;
            String where = "feature " + (index + 1);
            if (!(features.get(index) instanceof JSONObject feature) || !(feature.get("properties") instanceof JSONObject props)
                    || !(props.get("iso3") instanceof String iso3) || iso3.isBlank()) {
                problems.add(new LoadProblem(file, line, 0, where + " has no 'iso3' property"));
                continue;
            }
            if (line > 0 && lines.damaged().get((int) line - 1)) {
                continue; // its bad byte is reported already
            }
            String problem = GeometryJson.problemBeforeReading(feature.get("geometry"));
            try {
                Geometry g = problem == null ? reader.read(JSONObject.toJSONString((Map<?, ?>) feature.get("geometry")))
                        : null;
                problem = g == null ? problem : GeometryJson.problemAfterReading(g);
                if (problem == null) {
                    shapes.merge(iso3, packed.createGeometry(g), Geometry::union);
                }
            } catch (org.locationtech.jts.io.ParseException | RuntimeException e) {
                problem = "has a bad geometry: " + e.getMessage();
            }
            if (problem != null) {
                problems.add(new LoadProblem(file, line, 0, where + " (" + iso3 + ") " + problem
                        + "; the feature is skipped"));
            }
        }
    }

    /** The features of a broken file, one per line: each line that is a whole Feature object by itself. */
    private static void byLine(String text, String file, List<Object> features, List<Long> lines,
                               List<LoadProblem> problems) {
        long number = 0;
        for (String raw : text.split("\n", -1)) {
            number++;
            String line = raw.strip();
            if (line.endsWith(",")) {
                line = line.substring(0, line.length() - 1).strip();
            }
            if (!line.startsWith("{") || !line.endsWith("}") || !line.contains("\"Feature\"")) {
                continue;
            }
            if (line.endsWith("]}") && !line.endsWith("]]}")) {
                line = line.substring(0, line.length() - 2).strip(); // the last feature, closing the collection
            }
            try {
                Object parsed = new JSONParser().parse(line);
                if (parsed instanceof JSONObject obj && "Feature".equals(obj.get("type"))) {
                    features.add(obj);
                    lines.add(number);
                }
            } catch (ParseException e) {
                problems.add(new LoadProblem(file, number, e.getPosition() + 1,
                        "this feature is not valid JSON: skipped"));
            }
        }
    }
}
