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
        StatusChanges changes = StatusChanges.between(atlas, req.view(), since, req.date());
        SceneRequest atTo = req.date().equals(changes.to()) ? req : withDate(req, changes.to());
        MapScene base = SceneComposer.compose(atlas, world, atTo, pixelScale);
        Palette p = req.palette();
        List<SceneCountry> countries = new ArrayList<>(base.countries().size());
        for (SceneCountry c : base.countries()) {
            int fill = c.statusClass() == StatusClass.NOT_IN_OWN_RIGHT ? c.fill()
                    : ChangeClassStyle.fill(p, changes.classOf(c.iso3()));
            countries.add(new SceneCountry(c.iso3(), c.statusClass(), fill, c.shape(), c.marker(), c.highlighted()));
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
        boolean own = !req.frame().title().isEmpty();
        String subtitle = !req.frame().subtitle().isEmpty() ? req.frame().subtitle() : own ? changesTitle : "";
        MapScene scene = new MapScene(atTo, world, countries, legend, base.level(), pixelScale,
                own ? req.frame().title() : changesTitle, subtitle, t.viewName(req.view()), base.sourceLine(),
                base.attribution(), base.trackerLine(), Set.of(), "", base.asOfLine(), base.labels(), base.notes());
        return new Composed(scene, changes);
    }

    /** "Changes between 24 Oct 2025 and 27 Oct 2025", the earlier date first. */
    public static String title(Texts t, StatusChanges changes) {
        return t.get("figure.changes", t.date(changes.from()), t.date(changes.to()));
    }

    private static SceneRequest withDate(SceneRequest r, LocalDate day) {
        return new SceneRequest(r.frame().withDate(day), r.viewport(), r.highlights());
    }
}
