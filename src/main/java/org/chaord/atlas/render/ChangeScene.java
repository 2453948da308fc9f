package org.chaord.atlas.render;

import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.ChangeClass;
import org.chaord.atlas.model.StatusChanges;
import org.chaord.atlas.model.StatusClass;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The change map "changes between D1 and D2": the scene of the request's date (D2) composed as usual, then each
 * country filled by its change class since D1 and the legend replaced by the change classes with their counts.
 * Painted by the same {@link ScenePainter} and {@link FigurePainter} as every map.
 */
public final class ChangeScene {

    /** The scene and the changes it shows (the list a panel or a table needs). */
    public record Composed(MapScene scene, StatusChanges changes) {
    }

    private ChangeScene() {
    }

    /** The change map from {@code since} to the request's date (swapped when since is the later one). */
    public static Composed compose(Atlas atlas, ProjectedWorld world, SceneRequest req, LocalDate since,
                                   double pixelScale) {
        return compose(atlas, world, req, StatusChanges.between(atlas, req.view(), since, req.date()), pixelScale);
    }

    /**
     * The change map of changes already computed for the request's view (dragging the To date reuses the From
     * classes: {@link StatusChanges#withTo}). The scene's request carries both dates, From as the frame's
     * {@code since}. Legend classes under the pointer outline the countries of that change class (each change class
     * borrows one status class, {@link ChangeClassStyle#colourOf}), not those of the status class at To.
     */
    public static Composed compose(Atlas atlas, ProjectedWorld world, SceneRequest req, StatusChanges changes,
                                   double pixelScale) {
        MapFrame frame = req.frame().withDate(changes.to()).withSince(changes.from());
        SceneRequest shown = new SceneRequest(frame, req.viewport(), req.highlights());
        Highlights h = req.highlights();
        SceneRequest status = new SceneRequest(frame.withSince(null), req.viewport(),
                new Highlights(h.selected(), Set.of(), h.group()));
        MapScene base = SceneComposer.compose(atlas, world, status, pixelScale);
        Palette p = req.palette();
        List<SceneCountry> countries = new ArrayList<>(base.countries().size());
        for (SceneCountry c : base.countries()) {
            ChangeClass change = changes.classOf(c.iso3());
            int fill = c.statusClass() == StatusClass.NOT_IN_OWN_RIGHT ? c.fill() : ChangeClassStyle.fill(p, change);
            boolean outlined = c.highlighted() || c.statusClass() != StatusClass.NOT_IN_OWN_RIGHT
                    && h.classes().contains(ChangeClassStyle.colourOf(change));
            countries.add(new SceneCountry(c.iso3(), c.statusClass(), fill, c.shape(), c.marker(), outlined));
        }
        Texts t = req.texts();
        List<LegendEntry> legend = new ArrayList<>();
        for (ChangeClass cls : ChangeClass.LEGEND) {
            // The status class is the one whose colour the line borrows (hovering it is for the UI to decide).
            legend.add(new LegendEntry(ChangeClassStyle.colourOf(cls), ChangeClassStyle.label(t, cls),
                    ChangeClassStyle.fill(p, cls), changes.counts().get(cls)));
        }
        legend.add(base.legend().get(base.legend().size() - 1)); // territories, uncounted
        String changesTitle = title(t, changes);
        // a title of its own moves the change title to the subtitle; the change title itself is not "its own"
        boolean own = !req.frame().title().isEmpty() && !req.frame().title().equals(changesTitle);
        String subtitle = !req.frame().subtitle().isEmpty() ? req.frame().subtitle() : own ? changesTitle : "";
        MapScene scene = new MapScene(shown, world, countries, legend, base.level(), pixelScale,
                own ? req.frame().title() : changesTitle, subtitle, t.viewName(req.view()), base.sourceLine(),
                base.attribution(), base.trackerLine(), Set.of(), "", base.asOfLine(), base.labels(), base.notes());
        return new Composed(scene, changes);
    }

    /** "Changes between 24 Oct 2025 and 27 Oct 2025", the earlier date first. */
    public static String title(Texts t, StatusChanges changes) {
        return t.get("figure.changes", t.date(changes.from()), t.date(changes.to()));
    }
}
