package org.chaord.atlas.data;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Where the data folder and the map file are, found the same way by the app and the command line: a path given on
 * the command line ({@code --data}, {@code --map}) first, then the system properties {@code atlas.data} and
 * {@code atlas.map}, then the environment ({@code ATLAS_DATA}, {@code ATLAS_MAP}), else the bundled ones in the
 * working folder or beside the app's jar. {@code mapNamed} tells whether someone named the map (a bundled default
 * that is missing may be skipped; a named one may not).
 */
public record DataLocation(Path dataDir, Path mapFile, boolean mapNamed) {

    /** The location for paths given on the command line (either may be null: not given). */
    public static DataLocation resolve(Path dataOption, Path mapOption) {
        return resolve(dataOption, mapOption, System::getProperty, System::getenv);
    }

    /** The location from the process's properties and environment only (the desktop app). */
    public static DataLocation fromEnvironment() {
        return resolve(null, null);
    }

    /**
     * The 1:10m map beside the bundled 1:50m one, for region zoom and region exports; null when someone named
     * another map (its detail is unknown) or the file is missing.
     */
    public Path detailMapFile() {
        if (mapNamed) {
            return null;
        }
        Path detail = BundledPaths.locate(BundledPaths.MAP_10M);
        return java.nio.file.Files.isRegularFile(detail) ? detail : null;
    }

    static DataLocation resolve(Path dataOption, Path mapOption, UnaryOperator<String> properties,
                                UnaryOperator<String> environment) {
        Path data = first(dataOption, properties.apply("atlas.data"), environment.apply("ATLAS_DATA"));
        Path map = first(mapOption, properties.apply("atlas.map"), environment.apply("ATLAS_MAP"));
        return new DataLocation(data != null ? data : BundledPaths.locate(BundledPaths.DATA),
                map != null ? map : BundledPaths.locate(BundledPaths.MAP), map != null);
    }

    private static Path first(Path option, String property, String environment) {
        if (option != null) {
            return option;
        }
        String named = property != null && !property.isBlank() ? property
                : environment != null && !environment.isBlank() ? environment : null;
        return named == null ? null : Path.of(named);
    }
}
