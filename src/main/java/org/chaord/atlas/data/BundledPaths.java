package org.chaord.atlas.data;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the bundled data and map are: in the working folder, or beside the app's jar or classes. */
public final class BundledPaths {

    public static final String DATA = "data";
    public static final String MAP = "maps/countries-50m.geojson";
    /** The same countries at 1:10m, keyed the same way: drawn when zoomed to a region or closer. */
    public static final String MAP_10M = "maps/countries-10m.geojson";

    private BundledPaths() {
    }

    /** A bundled path in the working folder, else in one of the folders above the app's code (jar or classes). */
    public static Path locate(String relative) {
        Path here = Path.of(relative);
        if (Files.exists(here)) {
            return here;
        }
        try {
            Path dir = Path.of(BundledPaths.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (int up = 0; dir != null && up < 4; up++, dir = dir.getParent()) {
                if (Files.exists(dir.resolve(relative))) {
                    return dir.resolve(relative);
                }
            }
        } catch (java.net.URISyntaxException | SecurityException | NullPointerException e) {
            // no code location to search from: the working folder it is
        }
        return here;
    }
}
