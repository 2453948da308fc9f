package org.chaord.atlas.ui.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A temporary data folder for the import dialog's tests: the depositary fixtures' treaties, events and README with the
 * bundled countries and alias table, and the fixtures' status files copied beside it (as a user's download would be).
 */
public final class ImportData {

    private static final String DIR = "/org/chaord/atlas/depositary/";

    public final Path data;

    public ImportData(Path root) throws IOException {
        data = Files.createDirectories(root.resolve("data"));
        for (String f : new String[] {"treaties.csv", "events.csv", "README.md"}) {
            copy(DIR + "data/" + f, data.resolve(f));
        }
        Files.copy(Path.of("data/countries.csv"), data.resolve("countries.csv"));
        Files.copy(Path.of("data/participant-aliases.csv"), data.resolve("participant-aliases.csv"));
    }

    public Path file(String name) throws IOException {
        Path target = data.getParent().resolve(name);
        copy(DIR + name, target);
        return target;
    }

    public Path events() {
        return data.resolve("events.csv");
    }

    private static void copy(String resource, Path target) throws IOException {
        try (InputStream in = ImportData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing test resource " + resource);
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
