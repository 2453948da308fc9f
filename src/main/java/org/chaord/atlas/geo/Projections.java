package org.chaord.atlas.geo;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import org.locationtech.proj4j.datum.Ellipsoid;
import org.locationtech.proj4j.proj.MolleweideProjection;
import org.locationtech.proj4j.proj.PlateCarreeProjection;
import org.locationtech.proj4j.proj.Projection;
import org.locationtech.proj4j.proj.RobinsonProjection;
import org.locationtech.proj4j.proj.WinkelTripelProjection;

/** Builds every {@link MapProjection} once (class initialisation makes the cache safely published). */
final class Projections {

    /** Radius 1, no flattening: map units are then plain unit-sphere units. */
    private static final Ellipsoid UNIT_SPHERE = new Ellipsoid("unit", 1.0, 1.0, 0.0, "Unit sphere");

    private static final Map<ProjectionKind, MapProjection> CACHE = build();

    private Projections() {
    }

    static MapProjection get(ProjectionKind kind) {
        return CACHE.get(Objects.requireNonNull(kind, "kind"));
    }

    /**
     * A fresh, initialised Proj4J projection for {@code kind} on the unit sphere. Mutable (Proj4J's design):
     * callers must not change its parameters once shared.
     */
    static Projection newProj4j(ProjectionKind kind) {
        Projection projection = switch (kind) {
            case EQUAL_EARTH -> new EqualEarthProjection();
            case NATURAL_EARTH -> new NaturalEarthProjection();
            case ROBINSON -> new RobinsonProjection();
            case MOLLWEIDE -> new MolleweideProjection();
            // Proj4J's Winkel Tripel is an AitoffProjection flagged "winkel"; initialize() sets cos φ1 = 2/π.
            case WINKEL_TRIPEL -> new WinkelTripelProjection();
            case PLATE_CARREE -> new PlateCarreeProjection();
        };
        projection.setEllipsoid(UNIT_SPHERE);
        projection.initialize();
        return projection;
    }

    private static Map<ProjectionKind, MapProjection> build() {
        Map<ProjectionKind, MapProjection> map = new EnumMap<>(ProjectionKind.class);
        for (ProjectionKind kind : ProjectionKind.values()) {
            map.put(kind, create(kind));
        }
        return map;
    }

    private static MapProjection create(ProjectionKind kind) {
        // Our own two formulas skip the Proj4J call chain: they are the default and the hot path.
        if (kind == ProjectionKind.EQUAL_EARTH || kind == ProjectionKind.NATURAL_EARTH) {
            return new FormulaMapProjection(kind);
        }
        return new Proj4jMapProjection(kind, newProj4j(kind));
    }

}
