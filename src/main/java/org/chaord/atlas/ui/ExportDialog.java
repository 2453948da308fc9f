package org.chaord.atlas.ui;

import javafx.stage.Window;

/** Placeholder until the export dialog lands. */
final class ExportDialog {

    private ExportDialog() {
    }

    static void show(Window owner, AtlasViewModel vm, MapView map) {
    }

    static void copyImage(AtlasViewModel vm, MapView map) {
    }
}
