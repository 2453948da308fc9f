package org.chaord.atlas.ui.chart;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import org.chaord.atlas.ui.AtlasViewModel;
import org.chaord.atlas.ui.internal.UiThreads;
import org.chaord.atlas.ui.internal.Subscriptions;

/**
 * The map with the chart pane below it, in a vertical split the user can drag. The pane is built the first time
 * the chart is shown (View → Chart) and taken out of the split while hidden, so the map has the whole height.
 */
public final class ChartDock extends SplitPane {

    /** Share of the height the map keeps when the chart opens. */
    private static final double MAP_SHARE = 0.52;

    private final AtlasViewModel vm;
    private final UiThreads threads;
    private ChartPane pane;
    private double divider = MAP_SHARE;
    private final Subscriptions listening;

    /** A dock that follows the view-model through {@code listening} (ended when its window goes). */
    public ChartDock(Node map, AtlasViewModel vm, UiThreads threads, Subscriptions listening) {
        super(map);
        this.listening = listening;
        this.vm = vm;
        this.threads = threads;
        setId("chart-dock");
        setOrientation(Orientation.VERTICAL);
        getStyleClass().add("parties-dock");
        // off screen (a window being replaced) it builds and shows nothing
        listening.onChange(vm.chart().shownProperty(), (was, on) -> {
            if (getScene() != null) {
                show(on);
            }
        });
        sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                show(vm.chart().isShown());
            }
        });
        show(vm.chart().isShown());
    }

    private void show(boolean on) {
        if (on && pane == null) {
            pane = new ChartPane(vm, threads, listening);
        }
        if (on && !getItems().contains(pane)) {
            getItems().add(pane);
            setDividerPositions(divider);
        } else if (!on && pane != null && getItems().contains(pane)) {
            divider = getDividerPositions()[0]; // the user's split comes back next time
            getItems().remove(pane);
        }
    }

    /** The chart pane (null until the chart was first shown). */
    public ChartPane pane() {
        return pane;
    }
}
