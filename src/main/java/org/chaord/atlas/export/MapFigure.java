package org.chaord.atlas.export;

import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.render.ChangeScene;
import org.chaord.atlas.render.Highlights;
import org.chaord.atlas.render.MapScene;
import org.chaord.atlas.render.ProjectedWorld;
import org.chaord.atlas.render.SceneComposer;
import org.chaord.atlas.render.SceneRequest;
import org.chaord.atlas.render.Viewport;
import org.locationtech.jts.geom.Geometry;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * A map figure beyond what {@link ExportSpec} says: a change map since a day (the spec's date is the To date), a
 * selected country, an outlined group (a saved view's). Every field but the spec may be null.
 */
public record MapFigure(ExportSpec spec, LocalDate since, String selected, String highlightedGroup) {

    public static MapFigure of(ExportSpec spec) {
        return new MapFigure(spec, null, null, null);
    }

    public MapFigure withSpec(ExportSpec s) {
        return new MapFigure(s, since, selected, highlightedGroup);
    }

    /** True for a change map whose dates were given the wrong way round (it shows them swapped). */
    public boolean datesSwapped() {
        return since != null && since.isAfter(spec.date());
    }

    /** The scene: the status map, or the change map from {@code since} to the spec's date, through one painter. */
    public MapScene compose(Atlas atlas, ProjectedWorld world) {
        if (world.projection().kind() != spec.projection()) {
            throw new IllegalArgumentException("world is projected with " + world.projection().kind().id()
                    + " but the figure asks for " + spec.projection().id());
        }
        return compose(atlas, world, ExportService.viewport(spec, world), ExportService.layout(spec).k());
    }

    /** The scene for a given map viewport and type scale (the figure's layout may move the map for its legend). */
    public MapScene compose(Atlas atlas, ProjectedWorld world, Viewport viewport, double k) {
        SceneRequest req = new SceneRequest(spec.frame(), viewport, new Highlights(selected, Set.of(), highlightedGroup));
        return since == null ? SceneComposer.compose(atlas, world, req, k)
                : ChangeScene.compose(atlas, world, req, since, k).scene();
    }

    /** Writes the figure to {@code out} atomically, projecting the shapes once per projection (cached by the service). */
    public ExportResult export(ExportService service, Atlas atlas, Map<String, Geometry> shapes, Path out,
                               ExportProgress progress) throws IOException {
        ProjectedWorld world = service.world(shapes, spec.projection());
        return service.write(spec, service.figure(spec, world, (viewport, k) -> compose(atlas, world, viewport, k)),
                out, progress);
    }
}
