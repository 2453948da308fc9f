package org.chaord.atlas.render;

/**
 * A country's name as placed on the map, in screen pixels: the text is centred on {@code x} with its baseline at
 * {@code y}; {@code box} is the room it takes (collision and background). A leader line runs from the country's
 * label point ({@code pointX}, {@code pointY}) to the box when {@code leader} is set (a small selected state).
 */
public record MapLabel(String iso3, String text, double x, double y, double size, boolean selected,
                       LabelBox box, boolean leader, double pointX, double pointY) {
}
