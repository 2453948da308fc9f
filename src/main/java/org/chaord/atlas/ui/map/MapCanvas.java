package org.chaord.atlas.ui.map;

import javafx.animation.PauseTransition;
import javafx.beans.Observable;
import javafx.scene.AccessibleRole;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.chaord.atlas.render.MapScene;
import org.chaord.atlas.render.ProjectedShape;
import org.chaord.atlas.render.SceneDiff;
import org.chaord.atlas.render.SceneHitTest;
import org.chaord.atlas.render.PaintSurface;
import org.chaord.atlas.render.ScenePainter;
import org.chaord.atlas.render.Viewport;
import org.chaord.atlas.ui.AtlasViewModel;
import org.chaord.atlas.ui.CountryDescriptions;
import org.chaord.atlas.ui.internal.Subscriptions;

import java.util.Set;

/**
 * The map on screen: paints the view-model's scene on a canvas through the shared painter, once per new scene.
 * When only the date moved, just the countries whose class changed are painted over the last frame, outlined for a
 * moment. Gestures are small tools ({@link PanTool}, {@link ZoomTool}, {@link SelectTool}, {@link HoverTool}) that
 * turn events into commands; the visible extent lives in the view-model's {@link org.chaord.atlas.ui.MapExtent}.
 */
public final class MapCanvas extends Region {

    private static final double FLASH_MS = 900;
    private final AtlasViewModel vm;
    private final Canvas canvas = new Canvas();
    private final Region focusRing = new Region();
    private final HoverTool hover;
    private MapScene painted;
    private SceneHitTest hitTest = SceneHitTest.of(null);
    private long firstPaintAtMillis;
    /** Steps whose changed countries are still lit up (tests wait for none instead of sleeping). */
    private int flashesShown;

    /** A map that follows the view-model through {@code listening} (ended when its window goes). */
    public MapCanvas(AtlasViewModel vm, Subscriptions listening) {
        this.vm = vm;
        getStyleClass().add("map-view");
        setId("map");
        setFocusTraversable(true);
        // The map is geography, not text: it never mirrors, even in a right-to-left interface.
        setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        setMinSize(200, 150);
        hover = new HoverTool(vm, this, this::countryAt);
        getChildren().addAll(canvas, hover.card());
        new PanTool(vm.extent(), this::requestFocus).install(canvas);
        new ZoomTool(vm.extent()).install(canvas);
        new SelectTool(vm, this::countryAt).install(canvas);
        hover.install(canvas);
        listening.onInvalid(vm.sceneProperty(), this::paint);
        focusRing.getStyleClass().add("map-focus-ring");
        focusRing.setMouseTransparent(true);
        focusRing.visibleProperty().bind(focusVisibleProperty()); // Tab in: a ring says the arrows walk the map
        getChildren().add(focusRing);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setAccessibleRoleDescription(vm.texts().get("a11y.map.role"));
        for (Observable o : new Observable[] {vm.marks().selectedProperty(), vm.dateProperty(), vm.viewProperty(), vm.dataProperty()}) {
            listening.onInvalid(o, this::describe);
        }
        describe();
    }

    /** What a screen reader says for the map: the view and day, and the selected country with its status. */
    private void describe() {
        var t = vm.texts();
        String text = t.get("a11y.map", t.viewName(vm.view()), t.longDate(vm.date()));
        if (vm.selected() != null && vm.atlas() != null) {
            text += " " + t.get("a11y.map.selected", CountryDescriptions.hoverText(vm, vm.selected()).replace("\n", ": "));
        }
        setAccessibleText(text);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            painted = null; // a resized canvas is painted whole
            hitTest = SceneHitTest.of(null);
            vm.extent().resize(w, h);
            vm.publishPendingScene(); // the new viewport's scene, in this frame
            paint();
        }
        hover.card().autosize();
        focusRing.resizeRelocate(0, 0, w, h);
    }

    /**
     * Paints the frame on screen once more, on another surface (the next start's first frame, ADR 0031); false, and
     * nothing painted, while the frame on screen is not the view-model's current one.
     */
    public boolean paintInto(PaintSurface surface) {
        if (painted == null || painted != vm.scene()) {
            return false;
        }
        ScenePainter.paintMap(painted, surface);
        return true;
    }

    /** Where the map's pixels are in the scene. */
    public Bounds canvasBoundsInScene() {
        return canvas.localToScene(canvas.getLayoutBounds());
    }

    /** The scene last painted (null before the first frame). */
    public MapScene scene() {
        return painted;
    }

    public Viewport viewport() {
        return vm.extent().viewport();
    }

    /** Paints the whole map again from a freshly composed scene (the benchmark's full redraw). */
    public void repaintAll() {
        painted = null;
        hitTest = SceneHitTest.of(null);
        vm.composeNow();
        paint();
    }

    /** Wall-clock time of the first shaded frame (0 before), for the start-up benchmark. */
    public long firstPaintAtMillis() {
        return firstPaintAtMillis;
    }

    /** The country under a point of the canvas, or null (see {@link SceneHitTest}). */
    public String countryAt(double sx, double sy) {
        return hitTest.countryAt(sx, sy);
    }

    /** Screen point of a country's label point, for tests and for centring; null when unknown. */
    public double[] screenPointOf(String iso3) {
        ProjectedShape s = vm.world() == null ? null : vm.world().shape(iso3);
        Viewport v = viewport();
        if (s == null || v == null) {
            return null;
        }
        return new double[] {v.screenX(s.labelPoint().x), v.screenY(s.labelPoint().y)};
    }

    private void paint() {
        MapScene next = vm.scene();
        if (next == null || next == painted || getScene() == null || canvas.getWidth() <= 0
                || !next.viewport().equals(viewport())) {
            return; // nothing new, not on screen yet, or composed for another size: its successor comes this frame
        }
        SceneDiff diff = SceneDiff.between(painted, next);
        FxPaintSurface surface = new FxPaintSurface(canvas.getGraphicsContext2D());
        if (diff.incremental()) {
            // dragging To in compare mode: the countries whose change class moved, as the compare model names them
            Set<String> moved = vm.compare().moved(painted, next);
            Set<String> changed = moved != null ? moved : diff.changed();
            boolean flash = diff.flash() && !changed.isEmpty();
            ScenePainter.paintChanged(next, changed, surface, flash);
            if (flash) {
                settleLater(next, changed);
            }
        } else {
            ScenePainter.paintMap(next, surface);
        }
        painted = next;
        hitTest = SceneHitTest.of(next);
        if (firstPaintAtMillis == 0) {
            firstPaintAtMillis = System.currentTimeMillis();
        }
    }

    /** True while a step's changed countries are lit up; false once the map shows only the day's colours. */
    public boolean isFlashing() {
        return flashesShown > 0;
    }

    /** Changes light up briefly, then the countries are painted again without the outline. */
    private void settleLater(MapScene flashed, Set<String> changed) {
        if (changed.isEmpty()) {
            return;
        }
        flashesShown++;
        PauseTransition pause = new PauseTransition(Duration.millis(FLASH_MS));
        pause.setOnFinished(e -> {
            if (painted != null && painted.request().sameExceptDate(flashed.request())) {
                ScenePainter.paintChanged(painted, changed, new FxPaintSurface(canvas.getGraphicsContext2D()));
            }
            flashesShown--;
        });
        pause.play();
    }
}
