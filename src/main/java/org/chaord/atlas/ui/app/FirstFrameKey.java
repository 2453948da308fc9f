package org.chaord.atlas.ui.app;

import org.chaord.atlas.data.DataLocation;
import org.chaord.atlas.render.ScenePainter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * The key a first frame is kept under (ADR 0031): everything it depends on, that is the remembered settings, the
 * day, the painter's build and every data and map file (name, size, time), so a kept frame is only shown when the
 * data would paint the same. Cheap enough for before the toolkit starts: stats, no reads.
 */
final class FirstFrameKey {

    private FirstFrameKey() {
    }

    /** What the first frame of a start with these settings, on this day, with these files looks like depends on. */
    static String of(String settings, LocalDate day, DataLocation data) {
        StringBuilder k = new StringBuilder("format ").append(FirstFrameFile.FORMAT).append('\n').append(settings).append('\n')
                .append(day).append('\n').append(codeStamp()).append('\n');
        appendFiles(k, data.dataDir());
        if (data.mapFile() != null) {
            appendFile(k, data.mapFile());
        }
        return k.toString();
    }

    /** The painter's build (its jar's or class file's size and time): a new build may paint differently. */
    private static String codeStamp() {
        URL painter = ScenePainter.class.getResource("ScenePainter.class");
        String url = painter == null ? "" : painter.toString();
        try {
            // jar:file:/…/chaord-atlas.jar!/org/…: the jar itself (a stat, not opening the jar); file:/…: the class
            String file = url.startsWith("jar:") ? url.substring(4, url.indexOf("!/")) : url;
            Path path = Path.of(java.net.URI.create(file));
            return path + " " + Files.size(path) + " " + Files.getLastModifiedTime(path).toMillis();
        } catch (IOException | RuntimeException e) {
            return url;
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
