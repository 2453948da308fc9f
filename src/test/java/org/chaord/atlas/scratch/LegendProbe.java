package org.chaord.atlas.scratch;

import org.chaord.atlas.render.*;
import org.chaord.atlas.geo.*;

public class LegendProbe {
    public static void main(String[] a) {
        ProjectedWorld w = BundledWorld.get();
        Viewport v = Viewport.fit(RegionPreset.EUROPE.projected(w.projection()), 0, 0, 1520, 855, 12);
        for (boolean rtl : new boolean[] {false, true}) {
            for (double lw : new double[] {290, 365}) {
                LegendSpot s = LegendPlacer.place(w, v, lw, 260, 12, rtl);
                System.out.println("rtl " + rtl + " w " + lw + " -> " + s);
            }
        }
    }
}
