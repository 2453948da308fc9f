package org.chaord.atlas.render;

/** A compass direction on the map as the arrow keys give it; y points north (up on screen). */
public enum Direction {
    LEFT(-1, 0), RIGHT(1, 0), UP(0, 1), DOWN(0, -1);

    final double dx;
    final double dy;

    Direction(double dx, double dy) {
        this.dx = dx;
        this.dy = dy;
    }
}
