package org.chaord.atlas.ui.app;

import org.chaord.atlas.data.CacheFolder;
import org.chaord.atlas.export.AtomicWrite;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Where the map's start-up frame is kept between runs, under its {@link FirstFrameKey} (ADR 0031): a frame is only
 * read back under the key it was written with. Anything wrong with the file (missing, another key, damaged, too
 * big) means no kept frame: the app starts as without one.
 */
final class FirstFrameFile {

    /** {@code -Datlas.startup.frame=path} keeps the frame there, {@code =off} keeps none. */
    static final String PROPERTY = "atlas.startup.frame";
    private static final String MAGIC = "chaord-atlas first frame";
    static final int FORMAT = 1;
    private static final long MAX_BYTES = 64L << 20;
    /** A 4K screen's worth: more is not a map frame. */
    private static final long MAX_PIXELS = 3840L * 2160;

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
        return new FirstFrameFile(CacheFolder.forThisUser().resolve("first-frame.bin"));
    }

    /** True when a frame is kept under this key (its header only is read: a quick look before the toolkit starts). */
    boolean holds(String key) {
        if (file == null || !Files.isRegularFile(file)) {
            return false;
        }
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
            return MAGIC.equals(in.readUTF()) && in.readInt() == FORMAT && key.equals(in.readUTF());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The kept frame when its key is this one and it is whole, else null. */
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
            int pixelWidth = p.readInt();
            int pixelHeight = p.readInt();
            if (pixelWidth <= 0 || pixelHeight <= 0 || (long) pixelWidth * pixelHeight > MAX_PIXELS) {
                return null;
            }
            return new SavedFrame(title, box[0], box[1], box[2], box[3], box[4], box[5], background, pixelWidth,
                    pixelHeight, inflate(p.readAllBytes(), pixelWidth * pixelHeight));
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
            p.writeInt(frame.pixelWidth());
            p.writeInt(frame.pixelHeight());
            p.write(deflate(frame.argb()));
            p.flush();
            byte[] bytes = payload.toByteArray();
            CRC32 crc = new CRC32();
            crc.update(bytes);
            AtomicWrite.write(file, os -> {
                DataOutputStream out = new DataOutputStream(os);
                out.writeUTF(MAGIC);
                out.writeInt(FORMAT);
                out.writeUTF(key);
                out.writeLong(crc.getValue());
                out.writeInt(bytes.length);
                out.write(bytes);
                out.flush();
            });
        } catch (IOException | RuntimeException e) {
            // not kept: the next start reads the data first, as without a kept frame
        }
    }

    /** The pixels, compressed: a map's flat colours shrink to a few per cent. */
    private static byte[] deflate(int[] argb) {
        ByteBuffer raw = ByteBuffer.allocate(argb.length * 4);
        raw.asIntBuffer().put(argb);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        deflater.setInput(raw.array());
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(argb.length / 8);
        byte[] chunk = new byte[64 * 1024];
        while (!deflater.finished()) {
            out.write(chunk, 0, deflater.deflate(chunk));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static int[] inflate(byte[] compressed, int pixels) throws IOException {
        byte[] raw = new byte[pixels * 4];
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            int n = 0;
            while (n < raw.length && !inflater.finished()) {
                int got = inflater.inflate(raw, n, raw.length - n);
                if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                n += got;
            }
            if (n != raw.length || !inflater.finished()) {
                throw new IOException("the frame's pixels are cut");
            }
        } catch (DataFormatException e) {
            throw new IOException("the frame's pixels are damaged", e);
        } finally {
            inflater.end();
        }
        int[] argb = new int[pixels];
        ByteBuffer.wrap(raw).asIntBuffer().get(argb);
        return argb;
    }
}
