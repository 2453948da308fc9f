package org.chaord.atlas.render;

import org.chaord.atlas.geo.MapProjection;
import org.locationtech.jts.geom.Envelope;

import java.util.Locale;

/** Named map extents in longitude/latitude; the projected rectangle is found by sampling the box's edge. */
public enum RegionPreset {
    WORLD(-180, -90, 180, 90),
    EUROPE(-25, 34, 45, 71),
    AFRICA(-20, -36, 55, 38),
    AMERICAS(-170, -57, -30, 75),
    ASIA_PACIFIC(60, -48, 180, 55),
    MIDDLE_EAST(25, 12, 63, 43);

    private final double west;
    private final double south;
    private final double east;
    private final double north;

    RegionPreset(double west, double south, double east, double north) {
        this.west = west;
        this.south = south;
        this.east = east;
        this.north = north;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static RegionPreset fromId(String id) {
        for (RegionPreset r : values()) {
            if (r.id().equalsIgnoreCase(id.trim()) || r.name().equalsIgnoreCase(id.trim())) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown region '" + id
                + "' (expected world, europe, africa, americas, asia-pacific or middle-east)");
    }

    public Envelope projected(MapProjection projection) {
        if (this == WORLD) {
            return projection.worldBounds();
        }
        Envelope e = new Envelope();
        double[] out = new double[2];
        for (int i = 0; i <= 40; i++) {
            double f = i / 40.0;
            double lon = west + f * (east - west);
            double lat = south + f * (north - south);
            for (double[] p : new double[][] {{lon, south}, {lon, north}, {west, lat}, {east, lat}}) {
                projection.project(p[0], p[1], out);
                e.expandToInclude(out[0], out[1]);
            }
        }
        return e;
    }
}
