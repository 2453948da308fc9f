package org.chaord.atlas.scratch;

import org.chaord.atlas.data.MapReader;
import org.chaord.atlas.export.BundledData;
import org.chaord.atlas.geo.MapProjection;
import org.chaord.atlas.geo.ProjectionKind;
import org.chaord.atlas.model.View;
import org.chaord.atlas.render.*;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.*;

public class HitProfile {
    public static void main(String[] a) {
        MapProjection p = MapProjection.of(ProjectionKind.EQUAL_EARTH);
        ProjectedWorld w50 = ProjectedWorld.build(BundledData.get().shapes(), p);
        ProjectedWorld w10 = ProjectedWorld.build(MapReader.read(Path.of("maps/countries-10m.geojson"), new ArrayList<>()), p);
        long b0 = System.nanoTime(); w50.prepareHitTests(); long b1 = System.nanoTime(); w10.prepareHitTests(); long b2 = System.nanoTime();
        System.out.printf("grid build 50m %.1f ms 10m %.1f ms%n", (b1-b0)/1e6, (b2-b1)/1e6);
        for (int rep = 0; rep < 6; rep++) {
            for (ProjectedWorld w : new ProjectedWorld[] {w50, w10}) {
                Viewport v = Viewport.fit(RegionPreset.EUROPE.projected(p), 0, 0, 1200, 700, 12);
                MapScene s = SceneComposer.compose(BundledData.get().atlas(), w,
                        new SceneRequest(MapFrame.of(View.UNCC, LocalDate.of(2026, 11, 28)), v, Highlights.NONE), 1.0);
                Random r = new Random(42);
                int n = 20000;
                double[] xs = new double[n], ys = new double[n];
                for (int i = 0; i < n; i++) { xs[i] = r.nextDouble() * 1200; ys[i] = r.nextDouble() * 700; }
                int f = 0; SceneHitTest h = SceneHitTest.of(s);
                long t0 = System.nanoTime();
                for (int i = 0; i < n; i++) f += h.countryAt(xs[i], ys[i]) == null ? 0 : 1;
                long t1 = System.nanoTime();
                for (int i = 0; i < n; i++) f += w.shapeAt(v.worldX(xs[i]), v.worldY(ys[i])) == null ? 0 : 1;
                long t2 = System.nanoTime();
                System.out.printf("%s full %.2f us shapeAt %.2f us hits %d countries %d%n", w == w50 ? "50m" : "10m",
                        (t1 - t0) / 1e3 / n, (t2 - t1) / 1e3 / n, f, s.countries().size());
            }
        }
    }
}
