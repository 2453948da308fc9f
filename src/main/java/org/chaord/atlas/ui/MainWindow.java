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

    /** Sizes the chrome takes once built, reserved before so the map does not jump when it arrives. */
    private static final double TOP_HEIGHT = 83;
    private static final double BOTTOM_HEIGHT = 93;

    private final AtlasViewModel vm;
    private final HostServices host;
    private final WindowActions actions;
    private final MapView map;
    private final Label status = new Label();
    private final PresentationOverlay overlay;
    private TimelineBar timeline;
    private HeaderBar header;
    private SidePanel panel;
    private BorderPane bottom;
    private boolean complete;
    private boolean presenting;

    /**
     * Builds the map, its legend and the presentation overlay at once; the menu, header, side panel and timeline come
     * with {@link #completeChrome()}, which the app calls once the first map frame is on screen (start-up budget).
     */
    public MainWindow(AtlasViewModel vm, HostServices host, WindowActions actions) {
        this.vm = vm;
        this.host = host;
        this.actions = actions;
        getStyleClass().add("main-window");
        map = new MapView(vm);
        // The map is geography, not text: it never mirrors, even in a right-to-left interface.
        map.setNodeOrientation(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
        LegendView legend = new LegendView(vm);
        legend.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        overlay = new PresentationOverlay(vm);
        overlay.setVisible(false);
        overlay.setManaged(false);
        javafx.scene.control.ProgressIndicator spinner = new javafx.scene.control.ProgressIndicator();
        Label loading = new Label(vm.texts.get().get("loading"), spinner);
        loading.setId("loading");
        loading.getStyleClass().add("loading");
        loading.visibleProperty().bind(vm.world.isNull()); // until the first map is projected
        StackPane mapArea = new StackPane(map, legend, loading);
        StackPane.setAlignment(legend, Pos.BOTTOM_LEFT);
        StackPane.setMargin(legend, new javafx.geometry.Insets(12));
        // In presentation mode the big title and date sit above the map, never over it.
        javafx.scene.layout.VBox centre = new javafx.scene.layout.VBox(overlay, mapArea);
        javafx.scene.layout.VBox.setVgrow(mapArea, javafx.scene.layout.Priority.ALWAYS);
        centre.getStyleClass().add("map-area");
        setCenter(centre);
        setTop(placeholder(-1, TOP_HEIGHT));
        setRight(placeholder(panelWidth(), -1));
        setBottom(placeholder(-1, BOTTOM_HEIGHT));
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        DatasetDrop.install(this, vm);
    }

    private static javafx.scene.layout.Region placeholder(double width, double height) {
        javafx.scene.layout.Region r = new javafx.scene.layout.Region();
        r.setPrefSize(width, height);
        r.getStyleClass().add("chrome-placeholder");
        return r;
    }

    private double panelWidth() {
        return Languages.isRightToLeft(vm.texts.get().locale()) ? 400 : 330;
    }

    /** True once the menu, header, side panel and timeline are built. */
    public boolean isComplete() {
        return complete;
    }

    /** Builds the menu, header, side panel, timeline and status line in the places kept for them. */
    public void completeChrome() {
        if (complete) {
            return;
        }
        complete = true;
        timeline = new TimelineBar(vm);
        header = new HeaderBar(vm, this::showRegion, this::selectAndZoom, this::showProblems, this::showExportDialog);
        MainMenu menu = new MainMenu(vm, this, actions);
        panel = new SidePanel(vm, host);
        panel.setPrefWidth(panelWidth());
        status.setId("status-line");
        status.getStyleClass().add("status-line");
        HBox statusBar = new HBox(status);
        statusBar.getStyleClass().add("status-bar");
        bottom = new BorderPane(timeline, null, null, statusBar, null);
        setTop(new javafx.scene.layout.VBox(menu, header));
        setRight(panel);
        setBottom(bottom);
        vm.data.addListener(x -> updateStatus());
        vm.date.addListener(x -> updateStatus());
        updateStatus();
        showPanels(!presenting);
    }

    public boolean isPresenting() {
        return presenting;
    }

    /** Presentation mode: full screen, large type, only the map, its legend and the date; panels one key (P) away. */
    public void togglePresentation() {
        completeChrome();
        presenting = !presenting;
        if (presenting) {
            getStyleClass().add("presentation");
        } else {
            getStyleClass().remove("presentation");
        }
        overlay.setVisible(presenting);
        overlay.setManaged(presenting);
        showPanels(!presenting);
        Stage stage = getScene() == null ? null : (Stage) getScene().getWindow();
        if (stage != null) {
            stage.setFullScreenExitHint("");
            stage.setFullScreen(presenting);
            if (presenting) {
                stage.fullScreenProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean a, Boolean full) {
                        if (!full) { // Esc or the window manager ended full screen: end the presentation too
                            o.removeListener(this);
                            if (presenting) {
                                togglePresentation();
                            }
                        }
                    }
                });
            }
        }
    }

    private void showPanels(boolean show) {
        for (javafx.scene.Node n : new javafx.scene.Node[] {getTop(), panel, bottom}) {
            n.setVisible(show);
            n.setManaged(show);
        }
    }

    public void toggleFullScreen() {
        Stage stage = (Stage) getScene().getWindow();
        stage.setFullScreen(!stage.isFullScreen());
    }

    public void showExportDialog() {
        ExportDialog.show(getScene().getWindow(), vm, map);
    }

    public void copyImage() {
        ExportDialog.copyImage(vm, map);
    }

    public void openIndicatorDataset() {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(vm.texts.get().get("menu.openDataset"));
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("CSV", "*.csv"));
        java.io.File file = chooser.showOpenDialog(getScene().getWindow());
        if (file != null) {
            DatasetDrop.addDataset(vm, file.toPath());
        }
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
        map.requestFocus(); // closes the completion list; the presenter's keys work again at once
    }

    private void showProblems() {
        ProblemsDialog.show(getScene().getWindow(), vm.problems, vm.texts.get());
    }

    /** Presenter keys; ignored while typing in a text field. */
    private void onKey(KeyEvent e) {
        completeChrome(); // a key before the chrome arrived: build it now, the keys need it
        if (e.isShortcutDown() && e.getCode() == KeyCode.F) {
            header.search.requestFocus();
            e.consume();
            return;
        }
        if (e.getCode() == KeyCode.F5 || e.getCode() == KeyCode.F11) { // also when the menu bar is hidden
            if (e.getCode() == KeyCode.F5) {
                togglePresentation();
            } else {
                toggleFullScreen();
            }
            e.consume();
            return;
        }
        if (e.getCode() == KeyCode.ESCAPE && presenting) {
            togglePresentation();
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
            case DIGIT1, DIGIT2, DIGIT3, DIGIT4, DIGIT5, DIGIT6, DIGIT7, DIGIT8, DIGIT9 -> {
                java.util.List<View> views = vm.atlas() == null ? new java.util.ArrayList<>()
                        : new java.util.ArrayList<>(vm.atlas().views());
                if (views.remove(View.COMPARISON)) { // key 5 stays the comparison, as the shortcut list says
                    views.add(Math.min(4, views.size()), View.COMPARISON);
                }
                int i = e.getCode().ordinal() - KeyCode.DIGIT1.ordinal();
                if (i < views.size()) {
                    vm.view.set(views.get(i));
                }
            }
            case HOME -> showRegion(RegionPreset.WORLD);
            case ESCAPE -> vm.selected.set(null);
            case P -> {
                if (presenting) {
                    showPanels(!panel.isVisible());
                } else {
                    handled = false;
                }
            }
            default -> handled = false;
        }
        if (handled) {
            e.consume();
        }
    }
}
