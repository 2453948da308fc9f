package org.chaord.atlas.render;

import org.chaord.atlas.model.StatusClass;
import org.chaord.atlas.render.ColourVision.Vision;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every pair of legend classes shown together on a map (a view's classes plus the territory grey) must stay
 * distinguishable: CIEDE2000 ΔE00 ≥ 10 for every palette under normal vision, the default one also under simulated
 * deuteranopia (the commonest deficiency), under simulated protanopia,
 * deuteranopia and tritanopia for the colour-blind-safe and high-contrast palettes, and as lightness alone for the
 * grey-scale palette.
 */
class PaletteDistinguishabilityTest {

    static final double MIN_DELTA_E = 10.0;

    private static final TreeMap<String, String> TABLE = new TreeMap<>();

    static Set<Vision> visionsFor(Palette palette) {
        return switch (palette) {
            case DEFAULT -> EnumSet.of(Vision.NORMAL, Vision.DEUTERANOPIA);
            case COLOR_BLIND_SAFE, HIGH_CONTRAST ->
                    EnumSet.of(Vision.NORMAL, Vision.PROTANOPIA, Vision.DEUTERANOPIA, Vision.TRITANOPIA);
            case GREYSCALE -> EnumSet.of(Vision.NORMAL, Vision.GREYSCALE);
        };
    }

    /**
     * The legends a map can show, each with every class it may have: a single treaty (invited, observer and
     * denounced included), a pair of treaties, and which framework binds whom.
     */
    enum Legend {
        TREATY(List.of(StatusClass.PARTY, StatusClass.RATIFIED, StatusClass.SIGNED, StatusClass.INVITED,
                StatusClass.OBSERVER, StatusClass.DENOUNCED, StatusClass.NONE)),
        PAIR(StatusClass.PAIR),
        FRAMEWORKS(StatusClass.FRAMEWORKS);

        final List<StatusClass> classes;

        Legend(List<StatusClass> classes) {
            this.classes = classes;
        }
    }

    static List<StatusClass> shownTogether(Legend view) {
        Set<StatusClass> classes = new LinkedHashSet<>(view.classes);
        classes.add(StatusClass.NOT_IN_OWN_RIGHT);
        return new ArrayList<>(classes);
    }

    /** The closest pair of classes of a view under a vision: its ΔE00 and a description. */
    record Closest(double deltaE, String pair) {
    }

    static Closest closest(Palette palette, Legend view, Vision vision) {
        List<StatusClass> classes = shownTogether(view);
        double min = Double.MAX_VALUE;
        String pair = "";
        for (int i = 0; i < classes.size(); i++) {
            for (int j = i + 1; j < classes.size(); j++) {
                int c1 = palette.fill(classes.get(i));
                int c2 = palette.fill(classes.get(j));
                double d = ColourVision.deltaE2000(c1, c2, vision);
                if (d < min) {
                    min = d;
                    pair = String.format("%s #%06X / %s #%06X", classes.get(i), c1 & 0xFFFFFF, classes.get(j),
                            c2 & 0xFFFFFF);
                }
            }
        }
        return new Closest(min, pair);
    }

    @Test
    void everyPairShownTogetherIsDistinguishable() {
        List<String> failures = new ArrayList<>();
        for (Palette palette : Palette.values()) {
            for (Vision vision : visionsFor(palette)) {
                for (Legend view : Legend.values()) {
                    if (palette == Palette.GREYSCALE && view == Legend.FRAMEWORKS) {
                        continue; // eight framework classes and the territory: nine greys do not fit (Palette doc)
                    }
                    Closest c = closest(palette, view, vision);
                    TABLE.put(String.format("%-16s %-12s %-10s", palette, vision, view),
                            String.format(Locale.ROOT, "%6.1f  %s", c.deltaE(), c.pair()));
                    if (c.deltaE() < MIN_DELTA_E) {
                        failures.add(String.format(Locale.ROOT, "%s / %s / %s: ΔE00 %.1f between %s", palette, vision,
                                view, c.deltaE(), c.pair()));
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), "classes shown together are too close:\n" + String.join("\n", failures));
    }

    /** The framework legend of the bundled data (the classes that occur) stays apart in every palette, grey too. */
    @Test
    void bundledFrameworkLegendIsDistinguishable() {
        org.chaord.atlas.model.Atlas atlas = org.chaord.atlas.export.BundledData.get().atlas();
        List<StatusClass> classes = new ArrayList<>(atlas.classes(org.chaord.atlas.model.View.FRAMEWORKS));
        assertTrue(classes.contains(StatusClass.FRAMEWORK_BUDAPEST_REGIONAL), "Ghana, Senegal, ...: " + classes);
        classes.add(StatusClass.NOT_IN_OWN_RIGHT);
        List<String> failures = new ArrayList<>();
        for (Palette palette : Palette.values()) {
            for (Vision vision : visionsFor(palette)) {
                for (int i = 0; i < classes.size(); i++) {
                    for (int j = i + 1; j < classes.size(); j++) {
                        double d = ColourVision.deltaE2000(palette.fill(classes.get(i)), palette.fill(classes.get(j)),
                                vision);
                        if (d < MIN_DELTA_E) {
                            failures.add(palette + " / " + vision + ": " + classes.get(i) + " / " + classes.get(j)
                                    + String.format(Locale.ROOT, " %.1f", d));
                        }
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /** Not required (the default palette is tuned for normal vision and deuteranopia), only reported. */
    @Test
    void reportDefaultPaletteUnderColourVisionDeficiency() {
        for (Vision vision : EnumSet.of(Vision.PROTANOPIA, Vision.TRITANOPIA)) {
            for (Legend view : Legend.values()) {
                Closest c = closest(Palette.DEFAULT, view, vision);
                TABLE.put(String.format("%-16s %-12s %-10s", Palette.DEFAULT, vision, view),
                        String.format(Locale.ROOT, "%6.1f  %s (informative)", c.deltaE(), c.pair()));
            }
        }
    }

    /** Bound is the strongest fill, signed lighter, no action the lightest (the choropleth reads dark = engaged). */
    @Test
    void lightnessFollowsEngagement() {
        for (Palette palette : Palette.values()) {
            assertOrder(palette, StatusClass.PARTY, StatusClass.SIGNED);
            assertOrder(palette, StatusClass.RATIFIED, StatusClass.SIGNED);
            assertOrder(palette, StatusClass.SIGNED, StatusClass.NONE);
            assertOrder(palette, StatusClass.BOTH_BOUND, StatusClass.BOTH_SIGNED);
            assertOrder(palette, StatusClass.SECOND_ONLY_BOUND, StatusClass.SECOND_ONLY_SIGNED);
            assertOrder(palette, StatusClass.FIRST_ONLY_BOUND, StatusClass.FIRST_ONLY_SIGNED);
            assertOrder(palette, StatusClass.SECOND_ONLY_SIGNED, StatusClass.NEITHER);
            assertOrder(palette, StatusClass.FIRST_ONLY_SIGNED, StatusClass.NEITHER);
            assertTrue(lightness(palette.fill(StatusClass.NONE)) >= 85, palette + ": 'no action' is near-white");
            assertTrue(lightness(palette.fill(StatusClass.NEITHER)) >= 85, palette + ": 'neither' is near-white");
        }
    }

    private static void assertOrder(Palette palette, StatusClass darker, StatusClass lighter) {
        double ld = lightness(palette.fill(darker));
        double ll = lightness(palette.fill(lighter));
        assertTrue(ld < ll, String.format(Locale.ROOT, "%s: %s (L* %.1f) should be darker than %s (L* %.1f)",
                palette, darker, ld, lighter, ll));
    }

    private static double lightness(int argb) {
        return ColourVision.lab(argb, Vision.NORMAL)[0];
    }

    /** Sharma, Wu and Dalal (2005), table 1: pairs 1, 2, 3, 7, 17, 18, 19, 20. */
    @ParameterizedTest
    @CsvSource({
            "50, 2.6772, -79.7751, 50, 0, -82.7485, 2.0425",
            "50, 3.1571, -77.2803, 50, 0, -82.7485, 2.8615",
            "50, 2.8361, -74.0200, 50, 0, -82.7485, 3.4412",
            "50, 0, 0, 50, -1, 2, 2.3669",
            "50, 2.5, 0, 73, 25, -18, 27.1492",
            "50, 2.5, 0, 61, -5, 29, 22.8977",
            "50, 2.5, 0, 56, -27, -3, 31.9030",
            "50, 2.5, 0, 58, 24, 15, 19.4535",
    })
    void ciede2000MatchesSharmasTestData(double l1, double a1, double b1, double l2, double a2, double b2,
            double expected) {
        assertEquals(expected, ColourVision.deltaE2000(new double[] {l1, a1, b1}, new double[] {l2, a2, b2}), 1e-4);
        assertEquals(expected, ColourVision.deltaE2000(new double[] {l2, a2, b2}, new double[] {l1, a1, b1}), 1e-4);
    }

    @Test
    void labOfReferenceColours() {
        double[] white = ColourVision.lab(0xFFFFFFFF, Vision.NORMAL);
        assertEquals(100, white[0], 0.01);
        assertEquals(0, white[1], 0.01);
        assertEquals(0, white[2], 0.01);
        double[] red = ColourVision.lab(0xFFFF0000, Vision.NORMAL);
        assertEquals(53.24, red[0], 0.05);
        assertEquals(80.09, red[1], 0.05);
        assertEquals(67.20, red[2], 0.05);
        double[] grey = ColourVision.lab(0xFF808080, Vision.NORMAL);
        assertEquals(53.59, grey[0], 0.05);
    }

    @Test
    void machadoMatricesKeepGreysGrey() {
        for (Vision v : Vision.values()) {
            double[] g = ColourVision.lab(0xFF777777, v);
            assertEquals(0, g[1], 0.5, v + " a*");
            assertEquals(0, g[2], 0.5, v + " b*");
        }
    }

    @AfterAll
    static void printTable() {
        System.out.println("Minimum CIEDE2000 ΔE00 between classes shown together (palette, vision, view):");
        TABLE.forEach((k, v) -> System.out.println("  " + k + v));
    }
}
