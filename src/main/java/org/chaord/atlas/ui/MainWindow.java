package org.chaord.atlas.ui;

import javafx.application.HostServices;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.chaord.atlas.geo.MapProjection;
import org.chaord.atlas.model.View;
import org.chaord.atlas.render.RegionPreset;

/** The main window: header, map with legend, side panel, timeline and status line, plus keyboard shortcuts. */
public final class MainWindow extends BorderPane {

    private final AtlasViewModel vm;
    private final MapView map;
    private final TimelineBar timeline;
    private final HeaderBar header;
    private final Label status = new Label();

    public MainWindow(AtlasViewModel vm, HostServices host) {
        this.vm = vm;
        getStyleClass().add("main-window");
        map = new MapView(vm);
        timeline = new TimelineBar(vm);
        header = new HeaderBar(vm, this::showRegion, this::selectAndZoom, this::showProblems);
        LegendView legend = new LegendView(vm);
        legend.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        StackPane centre = new StackPane(map, legend);
        StackPane.setAlignment(legend, Pos.BOTTOM_LEFT);
        StackPane.setMargin(legend, new javafx.geometry.Insets(12));
        SidePanel panel = new SidePanel(vm, host);
        panel.setPrefWidth(330);
        status.setId("status-line");
        status.getStyleClass().add("status-line");
        HBox statusBar = new HBox(status);
        statusBar.getStyleClass().add("status-bar");
        BorderPane bottom = new BorderPane(timeline, null, null, statusBar, null);
        setTop(header);
        setCenter(centre);
        setRight(panel);
        setBottom(bottom);
        vm.data.addListener(x -> updateStatus());
        vm.date.addListener(x -> updateStatus());
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    public MapView map() {
        return map;
    }

    public TimelineBar timeline() {
        return timeline;
    }

    private void updateStatus() {
        var atlas = vm.atlas();
        if (atlas == null) {
            return;
        }
        var t = vm.texts.get();
        status.setText(t.get("figure.source", atlas.dataAsOf() == null ? "?" : t.date(atlas.dataAsOf()))
                + "   \u00b7   " + t.get("figure.attribution"));
    }

    void showRegion(RegionPreset region) {
        if (vm.world.get() != null) {
            map.showWorldRect(region.projected(MapProjection.of(vm.projection.get())));
        }
    }

    void selectAndZoom(String iso3) {
        vm.selected.set(iso3);
        map.zoomTo(iso3);
    }

    private void showProblems() {
        ProblemsDialog.show(getScene().getWindow(), vm.problems);
    }

    /** Presenter keys; ignored while typing in a text field. */
    private void onKey(KeyEvent e) {
        if (e.isShortcutDown() && e.getCode() == KeyCode.F) {
            header.search.requestFocus();
            e.consume();
            return;
        }
        if (e.getCode() == KeyCode.F11) {
            Stage stage = (Stage) getScene().getWindow();
            stage.setFullScreen(!stage.isFullScreen());
            e.consume();
            return;
        }
        if (e.getTarget() instanceof TextInputControl || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        boolean handled = true;
        switch (e.getCode()) {
            case SPACE -> timeline.togglePlay();
            case LEFT -> timeline.stepEvent(false);
            case RIGHT -> timeline.stepEvent(true);
            case PAGE_UP -> vm.date.set(vm.clamp(vm.date.get().minusYears(1)));
            case PAGE_DOWN -> vm.date.set(vm.clamp(vm.date.get().plusYears(1)));
            case PLUS, ADD, EQUALS -> map.zoom(1.25);
            case MINUS, SUBTRACT -> map.zoom(0.8);
            case DIGIT1, DIGIT2, DIGIT3, DIGIT4, DIGIT5 -> vm.view.set(View.values()[e.getCode().ordinal() - KeyCode.DIGIT1.ordinal()]);
            case HOME -> showRegion(RegionPreset.WORLD);
            case ESCAPE -> vm.selected.set(null);
            default -> handled = false;
        }
        if (handled) {
            e.consume();
        }
    }
}
