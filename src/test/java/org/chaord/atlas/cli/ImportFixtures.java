package org.chaord.atlas.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A data folder for import tests: the fixture's treaties, events (with a not_before column) and README, with the
 * bundled countries.csv and participant-aliases.csv (the real alias table is what is tested); and the status files.
 */
final class ImportFixtures {

    static final String DIR = "/org/chaord/atlas/depositary/";

    final Path data;
    private final CliRunner cli = new CliRunner();

    ImportFixtures(Path root) throws IOException {
        data = Files.createDirectories(root.resolve("data"));
        for (String f : new String[] {"treaties.csv", "events.csv", "README.md"}) {
            copy(DIR + "data/" + f, data.resolve(f));
        }
        Files.copy(Path.of("data/countries.csv"), data.resolve("countries.csv"));
        Files.copy(Path.of("data/participant-aliases.csv"), data.resolve("participant-aliases.csv"));
    }

    /** A status file of the fixtures, copied next to the data folder (as a user's download would be). */
    Path file(String name) throws IOException {
        Path target = data.getParent().resolve(name);
        copy(DIR + name, target);
        return target;
    }

    Path events() {
        return data.resolve("events.csv");
    }

    /** Runs the command line; what it printed is then {@link #out()} and {@link #err()}. */
    int run(String... args) {
        return cli.run(args);
    }

    String out() {
        return cli.out();
    }

    String err() {
        return cli.err();
    }

    private static void copy(String resource, Path target) throws IOException {
        try (InputStream in = ImportFixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing test resource " + resource);
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
