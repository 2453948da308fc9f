package org.chaord.atlas.ui.importer;

import javafx.scene.canvas.Canvas;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.View;
import org.chaord.atlas.render.Highlights;
import org.chaord.atlas.render.MapFrame;
import org.chaord.atlas.render.MapScene;
import org.chaord.atlas.render.Palette;
import org.chaord.atlas.render.ProjectedWorld;
import org.chaord.atlas.render.SceneComposer;
import org.chaord.atlas.render.ScenePainter;
import org.chaord.atlas.render.SceneRequest;
import org.chaord.atlas.render.Viewport;
import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.ui.map.FxPaintSurface;

import java.time.LocalDate;
import java.util.Set;

/**
 * The map as Accept will leave it: the preview atlas composed and painted by the same composer and painter as the
 * main map, in the file's treaty on the file's status date, with the chosen row's country outlined.
 */
final class ImportPreviewMap {

    static final double WIDTH = 460;
    static final double HEIGHT = 250;
    private final Canvas canvas = new Canvas(WIDTH, HEIGHT);
    private MapScene shown;

    ImportPreviewMap() {
        canvas.setId("import-preview");
    }

    Canvas node() {
        return canvas;
    }

    /** The scene last painted (null before a file is read), for tests. */
    MapScene scene() {
        return shown;
    }

    void show(Atlas preview, ProjectedWorld world, View view, LocalDate day, Palette palette, Texts t, String selected) {
        if (preview == null || world == null || view == null || day == null) {
            canvas.getGraphicsContext2D().clearRect(0, 0, WIDTH, HEIGHT);
            shown = null;
            return;
        }
        Viewport v = Viewport.fit(world.bounds(), 0, 0, WIDTH, HEIGHT, 4);
        MapFrame frame = MapFrame.of(view, day).withPalette(palette).withTexts(t);
        shown = SceneComposer.compose(preview, world,
                new SceneRequest(frame, v, new Highlights(selected, Set.of(), null)), 1.0);
        ScenePainter.paintMap(shown, new FxPaintSurface(canvas.getGraphicsContext2D()));
    }
}
