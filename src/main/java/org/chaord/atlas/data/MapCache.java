package org.chaord.atlas.data;

import org.chaord.atlas.geo.UncachedFloatSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A binary copy (WKB) of a parsed map file, so later starts skip the GeoJSON parse (about 10× faster). The GeoJSON
 * stays the source of truth: the cache key is the file's path, size and modification time, a cache that cannot be
 * read is ignored, and a map with problems is never cached (its problems must be reported every time). Each cache
 * file carries its payload's length and SHA-256 digest: a file that fails them (a flipped bit, a torn write) is
 * never served, the GeoJSON is parsed instead and the cache rewritten.
 */
public final class MapCache {

    private static final int FORMAT = 2;
    private static final int DIGEST_BYTES = 32;
    /** Shapes kept for the session: x,y floats, 8 bytes a vertex rather than a Coordinate's 44 (ADR 0032, 0033). */
    private static final GeometryFactory LON_LAT = new GeometryFactory(new PrecisionModel(), 4326,
            UncachedFloatSequence.FACTORY);
    private final Path directory;

    public MapCache(Path directory) {
        this.directory = directory;
    }

    /** The per-user cache folder (~/.cache/chaord-atlas, or XDG_CACHE_HOME). */
    public static MapCache userCache() {
        return new MapCache(CacheFolder.forThisUser());
    }

    /** Reads the map from the cache when it is current, else parses the GeoJSON and refreshes the cache. */
    public Map<String, Geometry> read(Path mapFile, List<LoadProblem> problems) {
        return read(mapFile, problems, LON_LAT, (iso3, shape) -> shape);
    }

    /**
     * As {@link #read}, but each shape goes through {@code convert} as soon as it is read and only the results are
     * kept, so a caller that keeps a projected copy never holds the whole lon/lat map at once (1:10m: 544 000
     * vertices, ~25 MB as Coordinates, which stayed in the process's memory after they were collected). The shapes
     * handed over hold packed coordinates. A cache that fails its digest at the end has its results dropped and the
     * GeoJSON is read instead, as by {@link #read}.
     */
    public <T> Map<String, T> readEach(Path mapFile, List<LoadProblem> problems, BiFunction<String, Geometry, T> convert) {
        return read(mapFile, problems, LON_LAT, convert);
    }

    private <T> Map<String, T> read(Path mapFile, List<LoadProblem> problems, GeometryFactory factory,
                                    BiFunction<String, Geometry, T> convert) {
        Path cached = cacheFile(mapFile);
        if (cached != null && Files.isRegularFile(cached)) {
            try {
                Map<String, T> read = readCache(cached, factory, convert);
                MapCachePrune.markUsed(cached, java.time.Instant.now());
                return read;
            } catch (IOException | ParseException | RuntimeException e) {
                // a stale or damaged cache is not the user's problem: parse the source instead
            }
        }
        int before = problems.size();
        Map<String, Geometry> shapes = MapReader.read(mapFile, problems);
        if (cached != null && problems.size() == before && !shapes.isEmpty()) {
            writeCache(cached, shapes);
        }
        Map<String, T> converted = new LinkedHashMap<>();
        for (var it = shapes.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Geometry> e = it.next();
            converted.put(e.getKey(), convert.apply(e.getKey(), e.getValue()));
            it.remove(); // each lon/lat shape may go once converted
        }
        return converted;
    }

    Path cacheFile(Path mapFile) {
        try {
            String key = mapFile.toAbsolutePath().normalize() + "|" + Files.size(mapFile) + "|"
                    + Files.getLastModifiedTime(mapFile).toMillis() + "|" + FORMAT;
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return directory.resolve("map-" + HexFormat.of().formatHex(hash, 0, 12) + ".wkb");
        } catch (IOException | NoSuchAlgorithmException e) {
            return null;
        }
    }

    /**
     * The cache's shapes, parsed as the payload streams in. Every length field is checked against the bytes left,
     * so damage cannot make it allocate more than the file holds, and nothing is returned before the payload's
     * length and digest are checked.
     */
    private static <T> Map<String, T> readCache(Path file, GeometryFactory factory, BiFunction<String, Geometry, T> convert)
            throws IOException, ParseException {
        long size = Files.size(file);
        if (size < 4 + 8 + DIGEST_BYTES || size > ReadLimits.current().maxFileBytes()) {
            throw new IOException("cache file of impossible size");
        }
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            DataInputStream header = new DataInputStream(raw);
            if (header.readInt() != FORMAT) {
                throw new IOException("old cache format");
            }
            long length = header.readLong();
            if (length != size - 4 - 8 - DIGEST_BYTES) {
                throw new IOException("cache length does not match");
            }
            byte[] digest = new byte[DIGEST_BYTES];
            header.readFully(digest);
            DigestedInput payload = new DigestedInput(raw, length);
            DataInputStream in = new DataInputStream(payload);
            WKBReader reader = new WKBReader(factory);
            int count = in.readInt();
            Map<String, T> shapes = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                String iso3 = in.readUTF();
                int bytes = in.readInt();
                if (bytes < 0 || bytes > payload.remaining()) {
                    throw new IOException("a shape longer than the cache");
                }
                byte[] wkb = new byte[bytes];
                in.readFully(wkb);
                shapes.put(iso3, convert.apply(iso3, reader.read(wkb)));
            }
            if (payload.remaining() != 0) {
                throw new IOException("trailing bytes in the cache");
            }
            if (!MessageDigest.isEqual(digest, payload.digest())) {
                throw new IOException("cache digest does not match");
            }
            return shapes;
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Best effort, written to a temporary file and moved into place so a reader never sees half a cache. */
    private static void writeCache(Path file, Map<String, Geometry> shapes) {
        Path tmp = null;
        try {
            Files.createDirectories(file.getParent());
            tmp = Files.createTempFile(file.getParent(), "map-", ".tmp");
            WKBWriter writer = new WKBWriter();
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(1 << 20);
            try (DataOutputStream payload = new DataOutputStream(bytes)) {
                payload.writeInt(shapes.size());
                for (Map.Entry<String, Geometry> e : shapes.entrySet()) {
                    byte[] wkb = writer.write(e.getValue());
                    payload.writeUTF(e.getKey());
                    payload.writeInt(wkb.length);
                    payload.write(wkb);
                }
            }
            byte[] body = bytes.toByteArray();
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
                out.writeInt(FORMAT);
                out.writeLong(body.length);
                out.write(sha256(body));
                out.write(body);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            MapCachePrune.prune(file.getParent(), file, java.time.Instant.now());
        } catch (IOException | RuntimeException e) {
            try {
                if (tmp != null) {
                    Files.deleteIfExists(tmp);
                }
            } catch (IOException ignored) {
                // nothing more to clean up
            }
        }
    }
}
