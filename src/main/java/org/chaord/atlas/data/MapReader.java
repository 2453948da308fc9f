package org.chaord.atlas.data;

import org.json.simple.JSONArray;
import org.json.simple.JSONObject;
import org.json.simple.parser.JSONParser;
import org.json.simple.parser.ParseException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.geojson.GeoJsonReader;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the country shapes from a GeoJSON FeatureCollection in lon/lat, keyed by the {@code iso3} property.
 * Features are read one by one because {@code GeoJsonReader} drops ids and properties of a whole collection; a
 * feature that cannot be used ({@link GeometryJson}) is reported with its line and the rest of the map is kept.
 */
public final class MapReader {

    private MapReader() {
    }

    public static Map<String, Geometry> read(Path path, List<LoadProblem> problems) {
        String file = path.getFileName().toString();
        Map<String, Geometry> shapes = new LinkedHashMap<>();
        GeoJsonText json;
        try {
            byte[] bytes = SafeRead.bytes(path);
            json = GeoJsonText.scan(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString());
        } catch (SafeRead.RefusedFile e) {
            problems.add(new LoadProblem(file, 0, 0, e.getMessage()));
            return shapes;
        } catch (CharacterCodingException e) {
            problems.add(new LoadProblem(file, 0, 0, "the file is not UTF-8 (GeoJSON must be)"));
            return shapes;
        }
        Object root;
        try {
            root = new JSONParser().parse(json.text);
        } catch (ParseException e) {
            long[] at = json.lineAndColumn(e.getPosition());
            problems.add(new LoadProblem(file, at[0], (int) at[1], "not valid JSON: " + e));
            return shapes;
        }
        if (!(root instanceof JSONObject obj) || !(obj.get("features") instanceof JSONArray features)) {
            problems.add(new LoadProblem(file, 1, 1, "not a GeoJSON FeatureCollection (no 'features' array)"));
            return shapes;
        }
        GeoJsonReader reader = new GeoJsonReader(new GeometryFactory(new PrecisionModel(), 4326));
        int index = 0;
        for (Object f : features) {
            long line = index < json.featureLines.size() ? json.featureLines.get(index) : 0;
            index++;
            String where = "feature " + index;
            if (!(f instanceof JSONObject feature) || !(feature.get("properties") instanceof JSONObject props)
                    || !(props.get("iso3") instanceof String iso3) || iso3.isBlank()) {
                problems.add(new LoadProblem(file, line, 0, where + " has no 'iso3' property"));
                continue;
            }
            String problem = GeometryJson.problemBeforeReading(feature.get("geometry"));
            try {
                Geometry g = problem == null ? reader.read(JSONObject.toJSONString((Map<?, ?>) feature.get("geometry")))
                        : null;
                problem = g == null ? problem : GeometryJson.problemAfterReading(g);
                if (problem == null) {
                    shapes.merge(iso3, g, Geometry::union);
                }
            } catch (org.locationtech.jts.io.ParseException | RuntimeException e) {
                problem = "has a bad geometry: " + e.getMessage();
            }
            if (problem != null) {
                problems.add(new LoadProblem(file, line, 0, where + " (" + iso3 + ") " + problem
                        + "; the feature is skipped"));
            }
        }
        return shapes;
    }
}
