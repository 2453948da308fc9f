package org.chaord.atlas.ui.export;

import org.chaord.atlas.export.PaperSize;

/** The export dialog's size choices: the export presets plus custom pixels. */
public enum SizePreset {
    SLIDE(PaperSize.SLIDE), UHD_4K(PaperSize.UHD_4K), A4(PaperSize.A4), A3(PaperSize.A3), CUSTOM(null);

    private final PaperSize paper;

    SizePreset(PaperSize paper) {
        this.paper = paper;
    }

    /** The preset's paper or pixel size; null for custom. */
    public PaperSize paper() {
        return paper;
    }
}
