package org.chaord.atlas.ui.app;

import org.chaord.atlas.data.DataLocation;
import org.chaord.atlas.render.PaintRecording;
import org.chaord.atlas.render.ScenePainter;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Where the map's start-up frame is kept between runs, and whether a kept one is today's (ADR 0031). Its key is
 * everything the first frame depends on: the remembered settings, the day, the data and map files (name, size,
 * time) and the painter's build, so a kept frame is only shown when the data would paint the same. Anything wrong
 * with the file (missing, another key, damaged, too big) means no kept frame: the app starts as without one.
 */
final class FirstFrameFile {

    /** {@code -Datlas.startup.frame=path} keeps the frame there, {@code =off} keeps none. */
    static final String PROPERTY = "atlas.startup.frame";
    private static final String MAGIC = "chaord-atlas first frame";
    private static final int FORMAT = 1;
    private static final long MAX_BYTES = 64L << 20;

    private final Path file;

    FirstFrameFile(Path file) {
        this.file = file;
    }

    /** The user's cache folder, unless the property says otherwise; none when nothing is remembered (prefs off). */
    static FirstFrameFile forThisUser(boolean remembering) {
        String named = System.getProperty(PROPERTY);
        if ("off".equals(named)) {
            return new FirstFrameFile(null);
        }
        if (named != null && !named.isBlank()) {
            return new FirstFrameFile(Path.of(named));
        }
        if (!remembering) {
            return new FirstFrameFile(null);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return new FirstFrameFile(base.resolve("chaord-atlas").resolve("first-frame.bin"));
    }

    /** What the first frame of a start with these settings, on this day, with these files looks like depends on. */
    static String key(String settings, LocalDate day, DataLocation data) {
        StringBuilder k = new StringBuilder("format ").append(FORMAT).append('\n').append(settings).append('\n')
                .append(day).append('\n').append(codeStamp()).append('\n');
        appendFiles(k, data.dataDir());
        if (data.mapFile() != null) {
            appendFile(k, data.mapFile());
        }
        return k.toString();
    }

    /** The kept frame when its key is this one, else null. */
    SavedFrame read(String key) {
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                return null;
            }
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(file)));
            if (!MAGIC.equals(in.readUTF()) || in.readInt() != FORMAT || !key.equals(in.readUTF())) {
                return null;
            }
            long crc = in.readLong();
            byte[] payload = in.readNBytes(in.readInt());
            CRC32 check = new CRC32();
            check.update(payload);
            if (check.getValue() != crc) {
                return null; // a torn write or a flipped bit: never shown
            }
            DataInputStream p = new DataInputStream(new ByteArrayInputStream(payload));
            String title = p.readUTF();
            double[] box = new double[6];
            for (int i = 0; i < box.length; i++) {
                box[i] = p.readDouble();
            }
            int background = p.readInt();
            return new SavedFrame(title, box[0], box[1], box[2], box[3], box[4], box[5], background,
                    PaintRecording.readFrom(p));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Keeps the frame under the key, whole or not at all (a temporary file moved into place). */
    void write(String key, SavedFrame frame) {
        if (file == null) {
            return;
        }
        try {
            ByteArrayOutputStream payload = new ByteArrayOutputStream();
            DataOutputStream p = new DataOutputStream(payload);
            p.writeUTF(frame.title());
            for (double d : new double[] {frame.sceneWidth(), frame.sceneHeight(), frame.x(), frame.y(),
                    frame.width(), frame.height()}) {
                p.writeDouble(d);
            }
            p.writeInt(frame.background());
            frame.shapes().writeTo(p);
            p.flush();
            byte[] bytes = payload.toByteArray();
            CRC32 crc = new CRC32();
            crc.update(bytes);
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, "first-frame-", ".tmp");
            try {
                try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(temp))) {
                    out.writeUTF(MAGIC);
                    out.writeInt(FORMAT);
                    out.writeUTF(key);
                    out.writeLong(crc.getValue());
                    out.writeInt(bytes.length);
                    out.write(bytes);
                }
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException | RuntimeException e) {
            // not kept: the next start reads the data first, as without a kept frame
        }
    }

    /** The painter's build: a new build may paint differently. */
    private static String codeStamp() {
        try {
            URL painter = ScenePainter.class.getResource("ScenePainter.class");
            return painter == null ? "?" : painter + " " + painter.openConnection().getLastModified();
        } catch (IOException e) {
            return "?";
        }
    }

    private static void appendFiles(StringBuilder k, Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> sorted = files.filter(Files::isRegularFile).sorted().toList();
            for (Path f : sorted) {
                appendFile(k, f);
            }
        } catch (IOException | UncheckedIOException e) {
            k.append("unreadable ").append(dir).append('\n');
        }
    }

    private static void appendFile(StringBuilder k, Path f) {
        try {
            k.append(f.toAbsolutePath().normalize()).append(' ').append(Files.size(f)).append(' ')
                    .append(Files.getLastModifiedTime(f).toMillis()).append('\n');
        } catch (IOException e) {
            k.append("unreadable ").append(f).append('\n');
        }
    }
}
