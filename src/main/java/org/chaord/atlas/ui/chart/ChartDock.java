package org.chaord.atlas.ui.chart;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import org.chaord.atlas.ui.AtlasViewModel;
import org.chaord.atlas.ui.internal.UiThreads;

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

    public ChartDock(Node map, AtlasViewModel vm, UiThreads threads) {
        super(map);
        this.vm = vm;
        this.threads = threads;
        setId("chart-dock");
        setOrientation(Orientation.VERTICAL);
        getStyleClass().add("parties-dock");
        // a window replaced by a language switch stays subscribed: off screen it builds and shows nothing
        vm.chart().shownProperty().addListener((o, was, on) -> {
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
            pane = new ChartPane(vm, threads);
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
