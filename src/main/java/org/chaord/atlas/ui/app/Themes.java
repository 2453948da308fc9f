package org.chaord.atlas.ui.app;

/**
 * AtlantaFX themes, used through their stylesheets only: atlantafx-base 2.1.0 ships Java 21 bytecode, which a Java 17
 * runtime cannot load, but its CSS files work on any JavaFX 17+ (see docs/decisions/0005-atlantafx-css-only.md).
 */
enum Themes {
    LIGHT("primer-light.css"), DARK("primer-dark.css");

    private final String file;

    Themes(String file) {
        this.file = file;
    }

    /** The binary form made at build time when there is one (about ten times faster to load), else the CSS. */
    String url() {
        var binary = Themes.class.getResource("/atlantafx/base/theme/" + file.replace(".css", ".bss"));
        var resource = binary != null ? binary : Themes.class.getResource("/atlantafx/base/theme/" + file);
        return resource == null ? null : resource.toExternalForm();
    }
}
