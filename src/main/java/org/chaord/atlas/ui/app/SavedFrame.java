package org.chaord.atlas.ui.app;

import org.chaord.atlas.render.PaintRecording;

/**
 * A map frame kept for the next start: the window's title and size when it was painted, where the map's pixels
 * were in it, the window's background around them, and the map's shapes (ADR 0031).
 */
record SavedFrame(String title, double sceneWidth, double sceneHeight, double x, double y, double width,
                  double height, int background, PaintRecording shapes) {
}
