package org.chaord.atlas.render;

import org.chaord.atlas.export.BundledData;
import org.chaord.atlas.geo.MapProjection;
import org.chaord.atlas.geo.ProjectionKind;

/** The bundled map projected with Equal Earth, built once for the tests that need a world. */
public final class BundledWorld {

    private static ProjectedWorld world;

    private BundledWorld() {
    }

    public static synchronized ProjectedWorld get() {
        if (world == null) {
            world = ProjectedWorld.build(BundledData.get().shapes(), MapProjection.of(ProjectionKind.EQUAL_EARTH));
        }
        return world;
    }
}
