package org.chaord.atlas.ui.compare;

import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.StatusChanges;
import org.chaord.atlas.render.ChangeScene;
import org.chaord.atlas.render.MapScene;
import org.chaord.atlas.render.ProjectedWorld;
import org.chaord.atlas.render.SceneRequest;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Compare mode: on or off, the From date (the timeline's day is To), and the changes the map shows, composed into the
 * change map ({@link ChangeScene}) by the scene feed. Dragging To reuses the From classes ({@link StatusChanges#withTo})
 * and names the countries whose change class moved ({@link #moved}), so the map repaints only those. The user's dates
 * are never rewritten: From after To shows the swapped range and {@link #swappedProperty} says so. FX thread only; no
 * controls here.
 */
public final class CompareModel {

    /** How many composed scenes are remembered for {@link #moved}: the painted one and those composed since. */
    private static final int REMEMBERED = 4;

    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final ReadOnlyObjectWrapper<LocalDate> from = new ReadOnlyObjectWrapper<>(this, "from");
    private final ReadOnlyObjectWrapper<StatusChanges> changes = new ReadOnlyObjectWrapper<>(this, "changes");
    private final ReadOnlyBooleanWrapper swapped = new ReadOnlyBooleanWrapper(this, "swapped");
    private final Deque<ChangeScene.Composed> composed = new ArrayDeque<>();
    private Atlas composedFor;
    private LocalDate composedFrom;

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public boolean isActive() {
        return active.get();
    }

    /** The From day as chosen (may be after To: see {@link #swappedProperty}); null before compare mode was used. */
    public ReadOnlyObjectProperty<LocalDate> fromProperty() {
        return from.getReadOnlyProperty();
    }

    public LocalDate from() {
        return from.get();
    }

    /** The From day a frame carries: the chosen one in compare mode, else null (the status map). */
    public LocalDate since() {
        return active.get() ? from.get() : null;
    }

    /** The changes of the scene composed last (null outside compare mode): what the panel and the list show. */
    public ReadOnlyObjectProperty<StatusChanges> changesProperty() {
        return changes.getReadOnlyProperty();
    }

    public StatusChanges changes() {
        return changes.get();
    }

    /** True while the chosen From is after To and the map shows the dates the other way round. */
    public ReadOnlyBooleanProperty swappedProperty() {
        return swapped.getReadOnlyProperty();
    }

    /** What a new scene depends on here. */
    public List<Observable> observables() {
        return List.of(active, from);
    }

    /**
     * Turns compare mode on (From: the day chosen before, else a year before {@code to}, never before
     * {@code firstDay}) or off (the status map again).
     */
    public void setActive(boolean on, LocalDate to, LocalDate firstDay) {
        if (on && from.get() == null) {
            LocalDate yearBefore = to.minusYears(1);
            from.set(yearBefore.isBefore(firstDay) ? firstDay : yearBefore);
        }
        active.set(on);
        if (!on) {
            forget();
        }
    }

    /** Chooses the From day (null is ignored). */
    public void setFrom(LocalDate day) {
        if (day != null) {
            from.set(day);
        }
    }

    /**
     * The change map for a request whose date is To and whose frame carries From: From's classes are reused while
     * only To moves (same data, view and From), else computed anew. It is drawn at {@code level} (the screen's finer
     * choice, as the status map, ADR 0027 §8); the scene remembered for {@link #moved} is the one returned.
     */
    public ChangeScene.Composed compose(Atlas atlas, ProjectedWorld world, SceneRequest req, double pixelScale,
                                        int level) {
        LocalDate since = req.frame().since();
        StatusChanges last = changes.get();
        boolean onlyTo = last != null && atlas == composedFor && since.equals(composedFrom)
                && last.view().equals(req.view());
        StatusChanges next = onlyTo ? last.withTo(req.date()) : StatusChanges.between(atlas, req.view(), since, req.date());
        ChangeScene.Composed figure = ChangeScene.compose(atlas, world, req, next, pixelScale);
        ChangeScene.Composed c = new ChangeScene.Composed(figure.scene().withLevel(level), next);
        if (!onlyTo) {
            composed.clear();
        }
        composed.addLast(c);
        while (composed.size() > REMEMBERED) {
            composed.removeFirst();
        }
        composedFor = atlas;
        composedFrom = since;
        changes.set(next);
        swapped.set(next.swapped());
        return c;
    }

    /**
     * The countries whose change class differs between two change maps composed here for the same data, view and
     * From (all a repaint of {@code after} over {@code before} must touch), or null when they are not such a pair.
     */
    public Set<String> moved(MapScene before, MapScene after) {
        StatusChanges a = changesOf(before);
        StatusChanges b = changesOf(after);
        if (a == null || b == null || !a.view().equals(b.view()) || !before.request().sameExceptDate(after.request())) {
            return null;
        }
        return b.movedSince(a);
    }

    private StatusChanges changesOf(MapScene scene) {
        for (ChangeScene.Composed c : composed) {
            if (c.scene() == scene) {
                return c.changes();
            }
        }
        return null;
    }

    private void forget() {
        composed.clear();
        composedFor = null;
        composedFrom = null;
        changes.set(null);
        swapped.set(false);
    }
}
