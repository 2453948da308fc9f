package org.chaord.atlas.render;

import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.Country;
import org.chaord.atlas.model.DataFreshness;
import org.chaord.atlas.model.EntryIntoForceProgress;
import org.chaord.atlas.model.StatusClass;
import org.chaord.atlas.model.Treaty;
import org.chaord.atlas.model.View;

import org.locationtech.jts.geom.Envelope;

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

    /** The status map of the request's day, or the change map when its frame has a From date ({@code since}). */
    public static MapScene compose(Atlas atlas, ProjectedWorld world, SceneRequest req, double pixelScale) {
        if (req.frame().since() != null) {
            return ChangeScene.compose(atlas, world, req, req.frame().since(), pixelScale).scene();
        }
        View view = req.view();
        Texts t = req.texts().withTreaties(atlas.treaties());
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
        for (StatusClass cls : atlas.classes(view)) {
            legend.add(new LegendEntry(cls, t.className(view, cls), req.palette().fill(cls), counts.getOrDefault(cls, 0)));
        }
        legend.add(new LegendEntry(StatusClass.NOT_IN_OWN_RIGHT, t.className(view, StatusClass.NOT_IN_OWN_RIGHT),
                req.palette().fill(StatusClass.NOT_IN_OWN_RIGHT), -1));
        Set<String> uncertain = atlas.history().uncertainOn(view, req.date());
        int uncertainCount = atlas.uncertainCountsOn(view, req.date()).values().stream().mapToInt(i -> i).sum();
        String uncertainLine = uncertain.isEmpty() ? "" : t.get("legend.uncertain", uncertainCount);
        DataFreshness freshness = new DataFreshness(atlas.dataAsOf());
        String asOfLine = freshness.isBeyondAsOf(req.date()) ? t.beyondAsOf(atlas.dataAsOf()) : "";
        // the view's name from t: a treaty added by CSV is named by its treaties.csv name
        String title = req.frame().title().isEmpty() ? t.viewName(view) : req.frame().title();
        String asOf = atlas.dataAsOf() == null ? "?" : t.date(atlas.dataAsOf());
        return new MapScene(req, world, countries, legend, ProjectedWorld.levelFor(scale), pixelScale, title,
                req.frame().subtitle(), t.get("figure.date", t.longDate(req.date())),
                t.get(regional(atlas, view) ? "figure.sourceRegional" : "figure.source", asOf), t.get("figure.attribution"),
                trackerText(atlas, view, req.date(), t), uncertain, uncertainLine, asOfLine,
                req.frame().labels() ? labels(atlas, world, req, pixelScale) : List.of(),
                FigureNotes.organisations(atlas, view, req.date(), t)); // the EU, which has no shape
    }

    /** Names in the frame's language for every shape with a country row; territories weigh less than states. */
    static List<MapLabel> labels(Atlas atlas, ProjectedWorld world, SceneRequest req, double pixelScale) {
        List<LabelCandidate> candidates = new ArrayList<>();
        Envelope visible = req.viewport().visibleWorld();
        for (ProjectedShape shape : world.largestFirst()) {
            Country c = atlas.countries().get(shape.iso3());
            if (c != null && visible.intersects(shape.envelope())) {
                double weight = c.kind().actsInOwnRight() ? 1 : 0.35;
                candidates.add(new LabelCandidate(shape, req.texts().mapName(c.iso3(), c.name()), weight));
            }
        }
        return LabelPlacer.place(candidates, req.viewport(), req.selected(), pixelScale);
    }

    /** Whether the view shows a regional treaty, whose sources differ from the UN's and the Council of Europe's. */
    static boolean regional(Atlas atlas, View view) {
        if (view.kind() == View.Kind.FRAMEWORKS) {
            return atlas.treaties().values().stream().anyMatch(t -> t.family().isRegional());
        }
        return java.util.stream.Stream.of(view.treaty(), view.second()).filter(java.util.Objects::nonNull)
                .map(atlas.treaties()::get).anyMatch(t -> t != null && t.family().isRegional());
    }

    /**
     * "n of 40 instruments" in a treaty's view while the data state no entry into force for it (and the projected
     * entry into force once enough are counted; once that day has come, "in force ... (computed by the treaty
     * rule)"); empty for other views.
     */
    public static String trackerText(Atlas atlas, View view, java.time.LocalDate day, Texts t) {
        Treaty treaty = view.kind() == View.Kind.TREATY ? atlas.treaties().get(view.treaty()) : null;
        if (treaty == null || treaty.enteredIntoForce() != null || treaty.terms().instruments() == 0) {
            return "";
        }
        EntryIntoForceProgress p = atlas.history().progressOn(treaty.id(), day);
        if (p.isReached() && !p.entryIntoForce().isAfter(day)) {
            // no source states the day (treaties.csv is silent): say that the rule computed it
            return t.get("tracker.inForce", t.date(p.entryIntoForce())) + " (" + t.get("date.computed") + ")";
        }
        String line = t.get("tracker.progress", p.instruments(), p.needed());
        if (p.isReached()) {
            line += " \u00b7 " + t.get("tracker.projected", t.date(p.entryIntoForce()));
        }
        return line;
    }
}
