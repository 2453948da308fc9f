package org.chaord.atlas.render;

import org.chaord.atlas.model.StatusClass;

import java.util.EnumMap;
import java.util.Map;

/**
 * Colours for legend classes and map furniture, as 0xAARRGGBB. One palette serves the screen and every export.
 * Classes shown together on one map (a view's legend plus the territory grey) are at least 10 CIEDE2000 units apart:
 * all palettes for normal vision (DEFAULT also under deuteranopia), COLOR_BLIND_SAFE and HIGH_CONTRAST also under
 * simulated protanopia, deuteranopia and tritanopia, GREYSCALE in lightness alone (PaletteDistinguishabilityTest).
 * Per palette: the 7 single-treaty classes, the 7 pair classes, then the 8 "which framework" classes (a categorical
 * set: UN, UN + Budapest, Budapest, Budapest + regional, regional, UN + regional, all three, none). Lightness
 * alone separates at most eight classes with the territory grey, so GREYSCALE gives "all three" the black of
 * "UN + Budapest"; the framework legend shows only classes that occur (none has all three yet), and the test checks
 * the bundled data's framework legend in every palette.
 */
public enum Palette {
    DEFAULT(colours(
            0xFF08519C, 0xFF4292C6, 0xFF89C2E3, 0xFFFDAE6B, 0xFFE1CAE6, 0xFFCB181D, 0xFFEDEBE6,
            0xFF563795, 0xFFA8A1C6, 0xFF3D6DA0, 0xFFA5D7F3, 0xFFB35806, 0xFFFDB863, 0xFFEDEBE6,
            0xFFD95F02, 0xFFCAB2D6, 0xFF1F78B4, 0xFF1B9E77, 0xFFE6C229, 0xFF8C510A, 0xFF252525, 0xFFEDEBE6),
            0xFFBFBEB8, 0xFFFFFFFF, 0xFFDCE9F2, 0xFFF7F7F5, 0xFF222222),
    /** Okabe–Ito based: separable under protanopia, deuteranopia and tritanopia. */
    COLOR_BLIND_SAFE(colours(
            0xFF0B3C5D, 0xFF0072B2, 0xFF7FC3E8, 0xFFE69F00, 0xFFF0E444, 0xFFD55E00, 0xFFF4F4F4,
            0xFF000000, 0xFF777777, 0xFF0072B2, 0xFF9BD0EE, 0xFFD55E00, 0xFFF5C26B, 0xFFF4F4F4,
            0xFFD55E00, 0xFFCC79A7, 0xFF0072B2, 0xFF009E73, 0xFFF0E442, 0xFFE69F00, 0xFF000000, 0xFFF4F4F4),
            0xFFC2C5C7, 0xFFFFFFFF, 0xFFE8F1F5, 0xFFFAFAFA, 0xFF111111),
    /** Saturated, dark borders: survives a washed-out projector. */
    HIGH_CONTRAST(colours(
            0xFF00205B, 0xFF0050D0, 0xFF66CCFF, 0xFFF99E03, 0xFFFFE400, 0xFFE00000, 0xFFFFFFFF,
            0xFF4B0082, 0xFFC080FF, 0xFF0050D0, 0xFF74CFFE, 0xFFC04000, 0xFFFFB000, 0xFFFFFFFF,
            0xFFE00000, 0xFFFF66FF, 0xFF0050D0, 0xFF00A080, 0xFFFFE400, 0xFFFF8000, 0xFF000000, 0xFFFFFFFF),
            0xFFB0B0B0, 0xFF000000, 0xFFCCE6FF, 0xFFFFFFFF, 0xFF000000),
    /** Lightness steps only, for black-and-white printing: eight levels, each ≥ 10 ΔE00 from the next. */
    GREYSCALE(colours(
            0xFF000000, 0xFF4B4B4B, 0xFF686868, 0xFF828282, 0xFFA1A1A1, 0xFF2B2B2B, 0xFFF5F5F5,
            0xFF000000, 0xFF686868, 0xFF2B2B2B, 0xFF828282, 0xFF4B4B4B, 0xFFA1A1A1, 0xFFF5F5F5,
            0xFF828282, 0xFF000000, 0xFF4B4B4B, 0xFF2B2B2B, 0xFFA1A1A1, 0xFF686868, 0xFF000000, 0xFFF5F5F5),
            0xFFC7C7C7, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0xFF000000);

    private final Map<StatusClass, Integer> fills;
    private final int territory;
    private final int border;
    private final int ocean;
    private final int background;
    private final int text;

    Palette(Map<StatusClass, Integer> fills, int territory, int border, int ocean, int background, int text) {
        this.fills = fills;
        this.territory = territory;
        this.border = border;
        this.ocean = ocean;
        this.background = background;
        this.text = text;
    }

    private static Map<StatusClass, Integer> colours(int... argb) {
        Map<StatusClass, Integer> map = new EnumMap<>(StatusClass.class);
        StatusClass[] order = StatusClass.values();
        for (int i = 0; i < argb.length; i++) {
            map.put(order[i], argb[i]);
        }
        return map;
    }

    public int fill(StatusClass cls) {
        return cls == StatusClass.NOT_IN_OWN_RIGHT ? territory : fills.get(cls);
    }

    public int border() {
        return border;
    }

    public int ocean() {
        return ocean;
    }

    public int background() {
        return background;
    }

    public int text() {
        return text;
    }

    /** Outline for the selected country and for highlighted ones. */
    public int accent() {
        return this == GREYSCALE ? 0xFF000000 : 0xFFFF6F00;
    }
}
