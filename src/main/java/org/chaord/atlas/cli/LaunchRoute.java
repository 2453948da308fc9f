package org.chaord.atlas.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the launcher does with its arguments: none opens the app; existing {@code .csv} files (a double-click on a
 * CSV, the file manager's "open with") and saved views ({@code .view.json}, ADR 0025) only open the app with them:
 * the CSV files as indicator datasets, the view shown; anything else is the command line.
 *
 * @param desktop  open the desktop app (else run the command line)
 * @param datasets the files for the app to open (CSV files and views), absolute; empty for the command line
 */
public record LaunchRoute(boolean desktop, List<Path> datasets) {

    public LaunchRoute {
        datasets = List.copyOf(datasets);
    }

    public static LaunchRoute of(String... args) {
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            if (!isFile(arg, ".csv") && !isFile(arg, org.chaord.atlas.export.SavedViewFile.EXTENSION)) {
                return new LaunchRoute(false, List.of());
            }
            files.add(Path.of(arg).toAbsolutePath().normalize());
        }
        return new LaunchRoute(true, files);
    }

    /** The arguments the desktop app receives: the files' absolute paths. */
    public String[] appArguments() {
        return datasets.stream().map(Path::toString).toArray(String[]::new);
    }

    private static boolean isFile(String arg, String extension) {
        if (!arg.toLowerCase(Locale.ROOT).endsWith(extension)) {
            return false;
        }
        try {
            return Files.isRegularFile(Path.of(arg));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }
}
