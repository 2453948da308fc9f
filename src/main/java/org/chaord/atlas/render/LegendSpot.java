package org.chaord.atlas.render;

/**
 * Where a legend (or another box) goes, in screen pixels, whether it covers any land there, and in how many columns
 * its entries run (1: a list; more: a band below the map).
 */
public record LegendSpot(double x, double y, double width, double height, boolean coversLand, int columns) {

    public LegendSpot(double x, double y, double width, double height, boolean coversLand) {
        this(x, y, width, height, coversLand, 1);
    }
}
