package org.chaord.atlas.data;

import org.json.simple.JSONArray;
import org.json.simple.JSONObject;
import org.json.simple.parser.JSONParser;
import org.json.simple.parser.ParseException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.geojson.GeoJsonReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the country shapes from a GeoJSON FeatureCollection in lon/lat, keyed by the {@code iso3} property.
 * Features are read one by one because {@code GeoJsonReader} drops ids and properties of a whole collection.
 */
public final class MapReader {

    private MapReader() {
    }

    public static Map<String, Geometry> read(Path path, List<LoadProblem> problems) {
        String file = path.getFileName().toString();
        Map<String, Geometry> shapes = new LinkedHashMap<>();
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(new LoadProblem(file, 0, 0, e instanceof java.nio.file.NoSuchFileException
                    ? "file not found: " + path.toAbsolutePath() : "cannot read the file: " + e.getMessage()));
            return shapes;
        }
        Object root;
        try {
            root = new JSONParser().parse(text);
        } catch (ParseException e) {
            int at = Math.max(0, Math.min(e.getPosition(), text.length()));
            long line = 1 + text.substring(0, at).chars().filter(c -> c == '\n').count();
            int column = at - text.lastIndexOf('\n', at - 1);
            problems.add(new LoadProblem(file, line, column, "not valid JSON: " + e));
            return shapes;
        }
        if (!(root instanceof JSONObject obj) || !(obj.get("features") instanceof JSONArray features)) {
            problems.add(new LoadProblem(file, 1, 1, "not a GeoJSON FeatureCollection (no 'features' array)"));
            return shapes;
        }
        GeoJsonReader reader = new GeoJsonReader(new GeometryFactory(new PrecisionModel(), 4326));
        int index = 0;
        for (Object f : features) {
            index++;
            String where = "feature " + index;
            if (!(f instanceof JSONObject feature) || !(feature.get("properties") instanceof JSONObject props)
                    || !(props.get("iso3") instanceof String iso3) || iso3.isBlank()) {
                problems.add(new LoadProblem(file, 0, 0, where + " has no 'iso3' property"));
                continue;
            }
            try {
                Geometry g = reader.read(JSONObject.toJSONString((Map<?, ?>) feature.get("geometry")));
                shapes.merge(iso3, g, Geometry::union);
            } catch (org.locationtech.jts.io.ParseException | RuntimeException e) {
                problems.add(new LoadProblem(file, 0, 0, where + " (" + iso3 + ") has a bad geometry: " + e.getMessage()));
            }
        }
        return shapes;
    }
}
