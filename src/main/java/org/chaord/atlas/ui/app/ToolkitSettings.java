package org.chaord.atlas.ui.app;

/**
 * System properties that AWT and JavaFX read once, when they start: set before they do, unless the user gave them on
 * the command line (ADR 0032).
 */
final class ToolkitSettings {

    private ToolkitSettings() {
    }

    static void apply() {
        // exports paint with AWT's Graphics2D but never open an AWT window: headless AWT leaves X11 to JavaFX alone,
        // else both set X error handlers and GTK warns on stderr when the export dialog first paints (JDK-8156779)
        setUnlessGiven("java.awt.headless", "true");
        // JavaFX keeps every control's rounded background in one shared 2048 x 1024 texture: with the software
        // renderer that is 8 MB of Java heap for the life of the app, to save redrawing a few dozen small rectangles
        setUnlessGiven("prism.disableRegionCaching", "true");
    }

    private static void setUnlessGiven(String name, String value) {
        if (System.getProperty(name) == null) {
            System.setProperty(name, value);
        }
    }
}
