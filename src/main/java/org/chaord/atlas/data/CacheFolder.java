package org.chaord.atlas.data;

import java.nio.file.Path;

/**
 * The per-user cache folder, {@code ~/.cache/chaord-atlas} (or under {@code XDG_CACHE_HOME}): the map's binary
 * copies and the kept first frame live there. Everything in it can be deleted at any time.
 */
public final class CacheFolder {

    private CacheFolder() {
    }

    public static Path forThisUser() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("chaord-atlas");
    }
}
