package org.chaord.atlas.ui.app;

import java.lang.ref.Reference;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * What the software pipeline's image-texture cache still holds for images that have been collected: entries of its
 * weak map that the map has not dropped yet. Read through the map's table, since every method of the map drops them
 * first (needs {@code --add-opens java.base/java.util}, as the build's tests have).
 */
final class PrismTextures {

    private PrismTextures() {
    }

    /** Pixels of the textures held for images that are gone (FX thread). */
    static long deadPixels() throws ReflectiveOperationException {
        Field cacheField = Class.forName("com.sun.prism.sw.SWResourceFactory").getDeclaredField("clampTexCache");
        cacheField.setAccessible(true);
        Map<?, ?> cache = (Map<?, ?>) cacheField.get(null);
        Field table = cache.getClass().getDeclaredField("table");
        table.setAccessible(true);
        Method width = Class.forName("com.sun.prism.Texture").getMethod("getPhysicalWidth");
        Method height = Class.forName("com.sun.prism.Texture").getMethod("getPhysicalHeight");
        long pixels = 0;
        for (Object entry : (Object[]) table.get(cache)) {
            for (Object e = entry; e != null; e = field(e, "next")) {
                Object texture = field(e, "value");
                if (((Reference<?>) e).get() == null && texture != null) {
                    pixels += (long) (int) width.invoke(texture) * (int) height.invoke(texture);
                }
            }
        }
        return pixels;
    }

    private static Object field(Object entry, String name) throws ReflectiveOperationException {
        Field f = entry.getClass().getDeclaredField(name);
        f.setAccessible(true);
        return f.get(entry);
    }
}
