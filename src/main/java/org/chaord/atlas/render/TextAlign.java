package org.chaord.atlas.render;

/** Horizontal anchor of a text run at its x position. */
public enum TextAlign { LEFT, CENTER, RIGHT }
