package org.chaord.atlas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProjectionKindTest {

    @Test
    void idsAreTheStableCommandLineNames() {
        assertEquals("equal-earth", ProjectionKind.EQUAL_EARTH.id());
        assertEquals("robinson", ProjectionKind.ROBINSON.id());
        assertEquals("mollweide", ProjectionKind.MOLLWEIDE.id());
        assertEquals("winkel-tripel", ProjectionKind.WINKEL_TRIPEL.id());
        assertEquals("plate-carree", ProjectionKind.PLATE_CARREE.id());
        assertEquals("natural-earth", ProjectionKind.NATURAL_EARTH.id());
    }

    @Test
    void equalEarthIsTheDefault() {
        assertEquals(ProjectionKind.EQUAL_EARTH, ProjectionKind.defaultKind());
    }

    @Test
    void fromIdRoundTripsEveryKind() {
        for (ProjectionKind kind : ProjectionKind.values()) {
            assertEquals(kind, ProjectionKind.fromId(kind.id()));
        }
    }

    @Test
    void fromIdIgnoresCaseAndSurroundingBlanks() {
        assertEquals(ProjectionKind.WINKEL_TRIPEL, ProjectionKind.fromId("  Winkel-Tripel "));
    }

    @Test
    void unknownIdListsTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProjectionKind.fromId("mercator"));
        assertTrue(e.getMessage().contains("mercator"), e.getMessage());
        for (ProjectionKind kind : ProjectionKind.values()) {
            assertTrue(e.getMessage().contains(kind.id()), e.getMessage());
        }
    }

    @Test
    void nullIdIsRejectedWithTheSameMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProjectionKind.fromId(null));
        assertTrue(e.getMessage().contains("equal-earth"), e.getMessage());
    }
}
