package org.chaord.atlas.render;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How a scene differs from the one painted before it. When only the day moved (same world, viewport, view, palette,
 * language, no class or group highlights) a timeline step repaints just the countries whose fill changed; anything
 * else needs the whole map again. {@code flash}: the changed countries light up for a moment (steps forward only).
 */
public record SceneDiff(boolean incremental, Set<String> changed, boolean flash) {

    public SceneDiff {
        changed = Set.copyOf(changed);
    }

    public SceneDiff(boolean incremental, Set<String> changed) {
        this(incremental, changed, false);
    }

    /** The diff of {@code after} over {@code before}; a null {@code before} (nothing painted yet) needs everything. */
    public static SceneDiff between(MapScene before, MapScene after) {
        SceneRequest request = after.request();
        if (before == null || before.world() != after.world() || !request.highlights().onlySelection()
                || !request.sameExceptDate(before.request())) {
            return new SceneDiff(false, Set.of());
        }
        Set<String> changed = changedCountries(before, after);
        // Only a step forward lights its changes up: a jump back (a loop wrapping to 2001, a step back) would light
        // up everyone who joined since, which is no event at all.
        boolean forward = after.request().date().isAfter(before.request().date());
        return new SceneDiff(true, changed, forward && !changed.isEmpty());
    }

    /**
     * The countries whose fill or hatching differs, position by position (both lists follow the world's drawing
     * order).
     */
    private static Set<String> changedCountries(MapScene beforeScene, MapScene afterScene) {
        List<SceneCountry> before = beforeScene.countries();
        List<SceneCountry> after = afterScene.countries();
        Set<String> changed = new HashSet<>();
        for (int i = 0; i < after.size(); i++) {
            SceneCountry a = after.get(i);
            SceneCountry b = i < before.size() ? before.get(i) : null;
            if (b == null || !b.iso3().equals(a.iso3()) || b.fill() != a.fill()
                    || beforeScene.isUncertain(a.iso3()) != afterScene.isUncertain(a.iso3())) {
                changed.add(a.iso3());
            }
        }
        return changed;
    }
}
