package org.chaord.atlas.render;

import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.Country;
import org.chaord.atlas.model.EntryIntoForceProgress;
import org.chaord.atlas.model.StatusClass;
import org.chaord.atlas.model.TreatyId;
import org.chaord.atlas.model.View;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Composes a {@link MapScene} from the atlas, the projected world and a request. Pure; no toolkit needed. */
public final class SceneComposer {

    /** A state whose shape covers less than this many square pixels is also drawn as a marker. */
    static final double MARKER_AREA_PX = 14;

    private SceneComposer() {
    }

    public static MapScene compose(Atlas atlas, ProjectedWorld world, SceneRequest req, double pixelScale) {
        View view = req.view();
        Texts t = req.texts();
        double scale = req.viewport().scale();
        Set<String> groupMembers = req.highlightedGroup() == null ? Set.of()
                : atlas.groups().stream().filter(g -> g.group().equals(req.highlightedGroup()) && g.isMemberOn(req.date()))
                .map(g -> g.iso3()).collect(Collectors.toSet());
        List<SceneCountry> countries = new ArrayList<>();
        Map<String, StatusClass> classes = atlas.classesOn(view, req.date());
        for (ProjectedShape shape : world.largestFirst()) {
            Country c = atlas.countries().get(shape.iso3());
            StatusClass cls = c == null ? StatusClass.NOT_IN_OWN_RIGHT : classes.get(c.iso3());
            boolean tiny = shape.area() * scale * scale < MARKER_AREA_PX * pixelScale * pixelScale;
            boolean marker = tiny && c != null && c.kind().actsInOwnRight();
            boolean highlighted = req.highlightedClasses().contains(cls) || groupMembers.contains(shape.iso3());
            countries.add(new SceneCountry(shape.iso3(), cls, req.palette().fill(cls), shape, marker, highlighted));
        }
        Map<StatusClass, Integer> counts = atlas.countsOn(view, req.date());
        List<LegendEntry> legend = new ArrayList<>();
        for (StatusClass cls : view.classes()) {
            legend.add(new LegendEntry(cls, t.className(view, cls), req.palette().fill(cls), counts.getOrDefault(cls, 0)));
        }
        legend.add(new LegendEntry(StatusClass.NOT_IN_OWN_RIGHT, t.className(view, StatusClass.NOT_IN_OWN_RIGHT),
                req.palette().fill(StatusClass.NOT_IN_OWN_RIGHT), -1));
        String title = req.frame().shownTitle();
        String asOf = atlas.dataAsOf() == null ? "?" : t.date(atlas.dataAsOf());
        return new MapScene(req, world, countries, legend, ProjectedWorld.levelFor(scale), pixelScale, title,
                req.frame().subtitle(), t.get("figure.date", t.longDate(req.date())),
                t.get("figure.source", asOf), t.get("figure.attribution"), trackerText(atlas, view, req.date(), t))
                .withNotes(FigureNotes.organisations(atlas, view, req.date(), t)); // the EU, which has no shape
    }

    /** "n of 40 instruments" for the UN convention (and entry into force once reached); empty for other views. */
    public static String trackerText(Atlas atlas, View view, java.time.LocalDate day, Texts t) {
        TreatyId treaty = TreatyId.UNCC;
        if (view != View.UNCC || atlas.treaties().get(treaty) == null) {
            return "";
        }
        EntryIntoForceProgress p = atlas.history().progressOn(treaty, day);
        String line = t.get("tracker.progress", p.instruments(), p.needed());
        if (p.isReached()) {
            String key = p.entryIntoForce().isAfter(day) ? "tracker.projected" : "tracker.inForce";
            line += " \u00b7 " + t.get(key, t.date(p.entryIntoForce()));
        }
        return line;
    }
}
