package org.chaord.atlas.geo;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The world projections the atlas offers; {@link #id()} is the stable name used on the command line and in preferences. */
public enum ProjectionKind {
    /** Equal-area; the default, because a membership choropleth must not inflate high-latitude states. */
    EQUAL_EARTH("equal-earth"),
    ROBINSON("robinson"),
    MOLLWEIDE("mollweide"),
    WINKEL_TRIPEL("winkel-tripel"),
    PLATE_CARREE("plate-carree"),
    NATURAL_EARTH("natural-earth");

    private final String id;

    ProjectionKind(String id) {
        this.id = id;
    }

    /** The default projection of the atlas. */
    public static ProjectionKind defaultKind() {
        return EQUAL_EARTH;
    }

    /** Stable, lower-case, hyphenated identifier, e.g. {@code "equal-earth"}. */
    public String id() {
        return id;
    }

    /**
     * Parses an {@link #id()} (case-insensitive, surrounding blanks ignored).
     *
     * @throws IllegalArgumentException if {@code id} is null or unknown; the message lists the valid ids
     */
    public static ProjectionKind fromId(String id) {
        if (id != null) {
            String wanted = id.strip();
            for (ProjectionKind kind : values()) {
                if (kind.id.equalsIgnoreCase(wanted)) {
                    return kind;
                }
            }
        }
        throw new IllegalArgumentException("Unknown projection '" + id + "'; valid ids: " + validIds());
    }

    /** The valid ids, comma-separated, in declaration order. */
    public static String validIds() {
        return Arrays.stream(values()).map(ProjectionKind::id).collect(Collectors.joining(", "));
    }
}
