package org.chaord.atlas.scratch;

import org.chaord.atlas.export.BundledData;
import org.chaord.atlas.model.View;
import org.chaord.atlas.render.*;
import java.time.LocalDate;

public class UsProbe {
    public static void main(String[] a) {
        ProjectedWorld w = BundledWorld.get();
        for (int[] size : new int[][] {{1100, 640}, {900, 500}, {760, 420}, {1400, 800}}) {
            Viewport v = Viewport.fit(w.bounds(), 0, 0, size[0], size[1], 12);
            MapScene s = SceneComposer.compose(BundledData.get().atlas(), w,
                    new SceneRequest(MapFrame.of(View.UNCC, LocalDate.of(2026, 11, 28)).withLabels(true), v, Highlights.NONE), 1.0);
            var us = s.labels().stream().filter(l -> l.iso3().equals("USA")).findFirst();
            var shape = w.shape("USA");
            System.out.println(size[0] + "x" + size[1] + " labels " + s.labels().size() + " USA " + us.map(l -> l.text() + " @" + (int) l.x() + "," + (int) l.y() + " box " + l.box()).orElse("none")
                + " anchor " + (int) v.screenX(shape.nameAnchor().x) + "," + (int) v.screenY(shape.nameAnchor().y));
        }
    }
}
