package org.chaord.atlas.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The arrow keys walk the map from a country to its neighbour in that direction. */
class NeighbourFinderTest {

    private final ProjectedWorld world = BundledWorld.get();

    @Test
    void franceGoingLeftIsSpain() {
        assertEquals("ESP", NeighbourFinder.next(world, "FRA", Direction.LEFT));
    }

    @Test
    void spainGoingLeftIsPortugalAndPortugalGoingRightIsSpain() {
        assertEquals("PRT", NeighbourFinder.next(world, "ESP", Direction.LEFT));
        assertEquals("ESP", NeighbourFinder.next(world, "PRT", Direction.RIGHT));
    }

    @Test
    void theMoveGoesTheWayOfTheKey() {
        ProjectedShape germany = world.shape("DEU");
        for (Direction d : Direction.values()) {
            String next = NeighbourFinder.next(world, "DEU", d);
            ProjectedShape to = world.shape(next);
            double dx = to.labelPoint().x - germany.labelPoint().x;
            double dy = to.labelPoint().y - germany.labelPoint().y;
            assertEquals(1, Math.signum(dx * d.dx + dy * d.dy), d + " went to " + next);
            assertNotEquals("DEU", next);
        }
    }

    @Test
    void anIslandMovesAcrossTheSea() {
        String next = NeighbourFinder.next(world, "ISL", Direction.RIGHT);
        assertEquals(true, next != null && world.shape(next).labelPoint().x > world.shape("ISL").labelPoint().x, next);
    }

    @Test
    void anUnknownCountryGoesNowhere() {
        assertNull(NeighbourFinder.next(world, "XXX", Direction.LEFT));
    }
}
