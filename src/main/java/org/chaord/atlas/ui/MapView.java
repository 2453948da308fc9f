package org.chaord.atlas.ui;

import javafx.beans.Observable;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.collections.SetChangeListener;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.render.MapScene;
import org.chaord.atlas.render.ProjectedShape;
import org.chaord.atlas.render.ProjectedWorld;
import org.chaord.atlas.render.SceneComposer;
import org.chaord.atlas.render.SceneCountry;
import org.chaord.atlas.render.SceneRequest;
import org.chaord.atlas.render.ScenePainter;
import org.chaord.atlas.render.Viewport;
import org.locationtech.jts.geom.Envelope;

/**
 * The map: paints the composed scene on a canvas through the shared painter, pans on drag, zooms on the wheel,
 * shows a hover card and selects on click.
 */
public final class MapView extends Region {

    private static final double MARKER_HIT_PX = 8;
    private static final double MARKER_DRAWN_PX = 4.2;
    private static final double FLASH_MS = 900;
    private final AtlasViewModel vm;
    private final Canvas canvas = new Canvas();
    private final Label hoverCard = new Label();
    private Viewport viewport;
    private MapScene scene;
    private double dragX;
    private double dragY;
    private boolean dragged;
    private long firstPaintAtMillis;
    /** The rectangle last fitted to the view, kept while the user has not panned or zoomed, so resizing refits. */
    private Envelope fitted;

    public MapView(AtlasViewModel vm) {
        this.vm = vm;
        getStyleClass().add("map-view");
        setId("map");
        setFocusTraversable(true);
        hoverCard.getStyleClass().add("hover-card");
        hoverCard.setVisible(false);
        hoverCard.setMouseTransparent(true);
        hoverCard.setId("hover-card");
        getChildren().addAll(canvas, hoverCard);
        setMinSize(200, 150);
        for (Observable o : new Observable[] {vm.view, vm.date, vm.palette, vm.selected, vm.texts, vm.data,
                vm.highlightedGroup}) {
            o.addListener(x -> repaint());
        }
        vm.highlightedClasses.addListener((SetChangeListener<Object>) c -> repaint());
        vm.world.addListener((obs, old, w) -> {
            viewport = null;
            repaint();
        });
        canvas.setOnMousePressed(this::pressed);
        canvas.setOnMouseDragged(this::dragged);
        canvas.setOnMouseReleased(this::released);
        canvas.setOnMouseMoved(this::hover);
        canvas.setOnMouseExited(e -> hoverCard.setVisible(false));
        canvas.setOnScroll(this::scrolled);
        canvas.setOnZoom(e -> {
            if (viewport != null) {
                fitted = null;
                viewport = limit(viewport.zoomedAt(e.getZoomFactor(), e.getX(), e.getY()));
                repaint();
            }
        });
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            if (fitted != null && w > 0 && h > 0) {
                viewport = Viewport.fit(fitted, 0, 0, w, h, 12);
            } else if (viewport != null) {
                viewport = viewport.resized(w, h);
            }
            repaint();
        }
        hoverCard.autosize();
    }

    public Viewport viewport() {
        return viewport;
    }

    public MapScene scene() {
        return scene;
    }

    /** Shows the projected rectangle {@code world} (e.g. a region preset) as large as fits. */
    public void showWorldRect(Envelope rect) {
        fitted = rect;
        if (getWidth() > 0) {
            viewport = Viewport.fit(rect, 0, 0, getWidth(), getHeight(), 12);
            repaint();
        }
    }

    public void zoom(double factor) {
        fitted = null;
        if (viewport != null) {
            viewport = limit(viewport.zoomedAt(factor, getWidth() / 2, getHeight() / 2));
            repaint();
        }
    }

    public void pan(double dx, double dy) {
        fitted = null;
        if (viewport != null) {
            viewport = limit(viewport.panned(dx, dy));
            repaint();
        }
    }

    private Viewport limit(Viewport v) {
        ProjectedWorld w = vm.world.get();
        Viewport fit = Viewport.fit(w.bounds(), 0, 0, getWidth(), getHeight(), 12);
        return v.clampedTo(w.bounds(), fit.scale());
    }

    /** Paints everything again, whatever changed (the benchmark's full redraw). */
    public void repaintAll() {
        scene = null;
        repaint();
    }

    /**
     * Composes the scene and paints it. When only the date changed, only the countries whose class changed are
     * painted over the last frame (see the benchmark for both figures).
     */
    public void repaint() {
        Atlas atlas = vm.atlas();
        ProjectedWorld world = vm.world.get();
        if (atlas == null || world == null || getWidth() <= 0 || getHeight() <= 0 || getScene() == null) {
            return;
        }
        if (viewport == null) {
            fitted = world.bounds();
            viewport = Viewport.fit(fitted, 0, 0, getWidth(), getHeight(), 12);
        }
        SceneRequest request = new SceneRequest(vm.view.get(), vm.date.get(), vm.palette.get(), viewport,
                vm.selected.get(), vm.highlightedClasses, vm.highlightedGroup.get(), vm.texts.get(), null, null);
        MapScene previous = scene;
        scene = SceneComposer.compose(atlas, world, request, 1.0);
        FxPaintSurface surface = new FxPaintSurface(canvas.getGraphicsContext2D());
        if (previous != null && previous.world() == world && request.highlightedClasses().isEmpty()
                && request.highlightedGroup() == null && request.sameExceptDate(previous.request())) {
            java.util.Set<String> changed = changedCountries(previous, scene);
            ScenePainter.paintChanged(scene, changed, surface, !changed.isEmpty());
            settleLater(changed);
        } else {
            ScenePainter.paintMap(scene, surface);
        }
        if (firstPaintAtMillis == 0) {
            firstPaintAtMillis = System.currentTimeMillis();
        }
    }

    /** Changes light up briefly, then the countries are painted again without the outline. */
    private void settleLater(java.util.Set<String> changed) {
        if (changed.isEmpty()) {
            return;
        }
        javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition(javafx.util.Duration.millis(FLASH_MS));
        MapScene flashed = scene;
        pause.setOnFinished(e -> {
            if (scene != null && scene.request().sameExceptDate(flashed.request())) {
                ScenePainter.paintChanged(scene, changed, new FxPaintSurface(canvas.getGraphicsContext2D()));
            }
        });
        pause.play();
    }

    private static java.util.Set<String> changedCountries(MapScene before, MapScene after) {
        java.util.Set<String> changed = new java.util.HashSet<>();
        for (int i = 0; i < after.countries().size(); i++) {
            SceneCountry a = after.countries().get(i);
            SceneCountry b = i < before.countries().size() ? before.countries().get(i) : null;
            if (b == null || !b.iso3().equals(a.iso3()) || b.fill() != a.fill()) {
                changed.add(a.iso3());
            }
        }
        return changed;
    }

    /** Wall-clock time of the first shaded frame (0 before), for the start-up benchmark. */
    public long firstPaintAtMillis() {
        return firstPaintAtMillis;
    }

    /**
     * The country under a point of the canvas: a marker drawn there first (microstates sit on their neighbours), then
     * the shape under the point, then a marker within a finger's reach.
     */
    public String countryAt(double sx, double sy) {
        if (scene == null) {
            return null;
        }
        String onMarker = nearestMarker(sx, sy, MARKER_DRAWN_PX);
        if (onMarker != null) {
            return onMarker;
        }
        ProjectedShape shape = scene.world().shapeAt(viewport.worldX(sx), viewport.worldY(sy));
        return shape != null ? shape.iso3() : nearestMarker(sx, sy, MARKER_HIT_PX);
    }

    private String nearestMarker(double sx, double sy, double radius) {
        String best = null;
        double bestDistance = radius;
        for (SceneCountry c : scene.countries()) {
            if (c.marker()) {
                double d = Math.hypot(viewport.screenX(c.shape().labelPoint().x) - sx,
                        viewport.screenY(c.shape().labelPoint().y) - sy);
                if (d <= bestDistance) {
                    best = c.iso3();
                    bestDistance = d;
                }
            }
        }
        return best;
    }

    /** Screen point of a country's label point, for tests and for centring. */
    public double[] screenPointOf(String iso3) {
        ProjectedShape s = vm.world.get() == null ? null : vm.world.get().shape(iso3);
        if (s == null || viewport == null) {
            return null;
        }
        return new double[] {viewport.screenX(s.labelPoint().x), viewport.screenY(s.labelPoint().y)};
    }

    /** Zooms to a country so it fills about a third of the view. */
    public void zoomTo(String iso3) {
        ProjectedShape s = vm.world.get() == null ? null : vm.world.get().shape(iso3);
        if (s == null) {
            return;
        }
        Envelope e = new Envelope(s.envelope());
        double pad = Math.max(Math.max(e.getWidth(), e.getHeight()), 0.05);
        e.expandBy(pad);
        showWorldRect(e);
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        dragX = e.getX();
        dragY = e.getY();
        dragged = false;
    }

    private void dragged(MouseEvent e) {
        if (Math.abs(e.getX() - dragX) + Math.abs(e.getY() - dragY) > 2) {
            dragged = true;
        }
        pan(e.getX() - dragX, e.getY() - dragY);
        dragX = e.getX();
        dragY = e.getY();
    }

    private void released(MouseEvent e) {
        if (!dragged && e.getButton() == MouseButton.PRIMARY) {
            vm.selected.set(countryAt(e.getX(), e.getY()));
        }
    }

    private void scrolled(ScrollEvent e) {
        if (viewport != null && e.getDeltaY() != 0) {
            fitted = null;
            viewport = limit(viewport.zoomedAt(Math.pow(1.0015, e.getDeltaY()), e.getX(), e.getY()));
            repaint();
        }
    }

    private void hover(MouseEvent e) {
        String iso3 = countryAt(e.getX(), e.getY());
        if (iso3 == null) {
            hoverCard.setVisible(false);
            return;
        }
        hoverCard.setText(CountryDescriptions.hoverText(vm, iso3));
        hoverCard.autosize();
        double x = Math.min(e.getX() + 14, getWidth() - hoverCard.getWidth() - 4);
        double y = Math.min(e.getY() + 14, getHeight() - hoverCard.getHeight() - 4);
        hoverCard.relocate(Math.max(0, x), Math.max(0, y));
        hoverCard.setVisible(true);
    }
}
