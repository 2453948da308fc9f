package org.chaord.atlas.export;

import org.chaord.atlas.geo.ProjectionKind;
import org.chaord.atlas.model.View;
import org.chaord.atlas.render.Palette;
import org.chaord.atlas.render.RegionPreset;
import org.json.simple.JSONArray;
import org.json.simple.JSONObject;
import org.json.simple.JSONValue;
import org.json.simple.parser.JSONParser;
import org.json.simple.parser.ParseException;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads and writes saved views as a small UTF-8 JSON object (ADR 0016): {@code "format": "chaord-atlas-view"},
 * {@code "version"}, then the view's fields by name. Unknown fields are ignored (a later version may add some); a
 * higher version, damaged JSON (with line:column) or a bad value is a {@link SavedViewException} with a clear message.
 */
public final class SavedViewFile {

    public static final String FORMAT = "chaord-atlas-view";
    public static final int VERSION = 1;
    /** How a view file's name ends (File → Save view… adds it; the launcher opens such a file in the app). */
    public static final String EXTENSION = ".view.json";

    private SavedViewFile() {
    }

    /** Writes the view atomically (an existing file is replaced only once the new one is complete). */
    public static Path write(SavedView v, Path file) throws IOException {
        return AtomicWrite.write(file, os -> {
            Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
            w.write(toJson(v));
            w.flush();
        });
    }

    static String toJson(SavedView v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("version", VERSION);
        m.put("view", v.view().name());
        m.put("date", v.date().toString());
        m.put("since", v.since() == null ? null : v.since().toString());
        m.put("projection", v.projection().id());
        m.put("region", v.region().id());
        m.put("extent", v.extent() == null ? null
                : List.of(v.extent().minX(), v.extent().minY(), v.extent().maxX(), v.extent().maxY()));
        m.put("palette", v.palette().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        m.put("language", v.language().toLanguageTag());
        m.put("selection", v.selection());
        m.put("highlightedGroup", v.highlightedGroup());
        m.put("title", v.title());
        m.put("subtitle", v.subtitle());
        m.put("datasets", v.datasets().stream().map(Path::toString).toList());
        StringBuilder out = new StringBuilder("{\n");
        int i = 0;
        for (Map.Entry<String, Object> e : m.entrySet()) {
            out.append("  \"").append(e.getKey()).append("\": ").append(JSONValue.toJSONString(e.getValue()))
                    .append(++i < m.size() ? ",\n" : "\n");
        }
        return out.append("}\n").toString();
    }

    /** A view file is a few hundred bytes; anything this large is something else (and is not read into memory). */
    static final long MAX_BYTES = 1 << 20;

    public static SavedView read(Path file) throws SavedViewException {
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new SavedViewException(file + ": not a view file (larger than 1 MB)");
            }
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new SavedViewException(file + ": not a view file (not UTF-8 text)");
        } catch (java.nio.file.NoSuchFileException e) {
            throw new SavedViewException("view file not found: " + file.toAbsolutePath());
        } catch (IOException e) {
            throw new SavedViewException("cannot read " + file + ": " + e.getMessage());
        }
        return parse(text, file.toString());
    }

    static SavedView parse(String text, String name) throws SavedViewException {
        Object parsed;
        try {
            parsed = new JSONParser().parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (ParseException e) {
            throw new SavedViewException(name + ":" + lineColumn(text, e.getPosition())
                    + ": the view file is damaged (not valid JSON)");
        }
        if (!(parsed instanceof JSONObject o) || !FORMAT.equals(o.get("format"))) {
            throw new SavedViewException(name + ": not a Chaord Atlas view file (no \"format\": \"" + FORMAT + "\")");
        }
        Object version = o.get("version");
        if (!(version instanceof Long n) || n < 1) {
            throw new SavedViewException(name + ": the view file has no valid \"version\"");
        }
        if (n > VERSION) {
            throw new SavedViewException(name + " was saved by a newer Chaord Atlas (view file version " + n
                    + "; this version reads version " + VERSION + " and older): update the atlas to open it");
        }
        Fields f = new Fields(o, name);
        try {
            return new SavedView(f.required("view", View::parse), f.required("date", LocalDate::parse),
                    f.optional("since", LocalDate::parse), f.optional("projection", ProjectionKind::fromId),
                    f.optional("region", RegionPreset::fromId), f.extent(), f.optional("palette", SavedViewFile::palette),
                    f.optional("language", SavedViewFile::language), f.optional("selection", s -> s),
                    f.optional("highlightedGroup", s -> s), f.optional("title", s -> s), f.optional("subtitle", s -> s),
                    f.datasets());
        } catch (IllegalArgumentException e) {
            throw new SavedViewException(name + ": " + e.getMessage());
        }
    }

    static Palette palette(String id) {
        return Palette.valueOf(id.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    static Locale language(String tag) {
        String lang = tag.strip().toLowerCase(Locale.ROOT);
        if (!List.of("en", "fr", "es", "ru", "zh", "ar").contains(lang)) {
            throw new IllegalArgumentException("unknown language '" + tag + "' (expected en, fr, es, ru, zh or ar)");
        }
        return Locale.forLanguageTag(lang);
    }

    static String lineColumn(String text, int position) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < Math.min(position, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return line + ":" + column;
    }

    /** Typed access to the object's fields; a bad value names the field. */
    private record Fields(JSONObject o, String name) {

        <T> T required(String key, Function<String, T> parse) throws SavedViewException {
            T value = optional(key, parse);
            if (value == null) {
                throw new SavedViewException(name + ": \"" + key + "\" is missing");
            }
            return value;
        }

        <T> T optional(String key, Function<String, T> parse) throws SavedViewException {
            Object v = o.get(key);
            if (v == null) {
                return null;
            }
            if (!(v instanceof String s)) {
                throw new SavedViewException(name + ": \"" + key + "\" must be a string (got " + v + ")");
            }
            try {
                return parse.apply(s);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new SavedViewException(name + ": \"" + key + "\": " + (e instanceof DateTimeParseException
                        ? "'" + s + "' is not a date (expected YYYY-MM-DD)" : e.getMessage()));
            }
        }

        SavedView.Extent extent() throws SavedViewException {
            Object v = o.get("extent");
            if (v == null) {
                return null;
            }
            if (!(v instanceof JSONArray a) || a.size() != 4 || !items(a).allMatch(x -> x instanceof Number)) {
                throw new SavedViewException(name + ": \"extent\" must be [minX, minY, maxX, maxY] (got " + v + ")");
            }
            double[] d = items(a).mapToDouble(x -> ((Number) x).doubleValue()).toArray();
            try {
                return new SavedView.Extent(d[0], d[1], d[2], d[3]);
            } catch (IllegalArgumentException e) {
                throw new SavedViewException(name + ": \"extent\": " + e.getMessage());
            }
        }

        List<Path> datasets() throws SavedViewException {
            Object v = o.get("datasets");
            if (v == null) {
                return List.of();
            }
            if (!(v instanceof JSONArray a) || !items(a).allMatch(x -> x instanceof String)) {
                throw new SavedViewException(name + ": \"datasets\" must be a list of file names (got " + v + ")");
            }
            List<Path> paths = new ArrayList<>();
            for (Object x : a) {
                paths.add(Path.of((String) x));
            }
            return paths;
        }

        /** json-simple's arrays are raw lists: their items as objects. */
        private static java.util.stream.Stream<Object> items(List<?> array) {
            return array.stream().map(Object.class::cast);
        }
    }
}
