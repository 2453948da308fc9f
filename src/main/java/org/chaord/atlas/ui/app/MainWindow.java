package org.chaord.atlas.ui.app;

import javafx.application.HostServices;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.chaord.atlas.export.ExportService;
import org.chaord.atlas.i18n.Languages;
import org.chaord.atlas.ui.AtlasViewModel;
import org.chaord.atlas.ui.chart.ChartDock;
import org.chaord.atlas.ui.compare.ChangeList;
import org.chaord.atlas.ui.export.ExportDialog;
import org.chaord.atlas.ui.export.ExportFigures;
import org.chaord.atlas.ui.importer.ImportDialog;
import org.chaord.atlas.ui.importer.StaleDataBanner;
import org.chaord.atlas.ui.internal.Accessibility;
import org.chaord.atlas.ui.internal.Subscriptions;
import org.chaord.atlas.ui.internal.UiThreads;
import org.chaord.atlas.ui.map.MapCanvas;
import org.chaord.atlas.ui.panel.AllChangesDialog;
import org.chaord.atlas.ui.panel.LegendView;
import org.chaord.atlas.ui.panel.PresentationOverlay;
import org.chaord.atlas.ui.panel.SidePanel;
import org.chaord.atlas.ui.panel.StatusLine;
import org.chaord.atlas.ui.table.StateTableViewModel;
import org.chaord.atlas.ui.timeline.Playback;
import org.chaord.atlas.ui.timeline.TimelineBar;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The main window's layout: header, map with legend, side panel, timeline and status line, and what each
 * {@link AppAction} does in it. The map and legend come at once; the rest with {@link #completeChrome()}, in places
 * kept for it, once the first map frame is on screen (start-up budget).
 */
public final class MainWindow extends BorderPane {

    /** Sizes the chrome takes once built, reserved before so the map does not jump when it arrives. */
    private static final double TOP_HEIGHT = 83;
    private static final double BOTTOM_HEIGHT = 93;

    private final AtlasViewModel vm;
    private final Playback playback;
    private final HostServices host;
    private final UiThreads threads;
    private final Supplier<ExportService> exports;
    private final WindowActions actions;
    private final MapCanvas map;
    private final PresentationOverlay overlay;
    private final PresentationMode presentation;
    /** What this window's views follow on the view-model and the playback, which outlive it. */
    private final Subscriptions listening = new Subscriptions();
    private final StateTableViewModel table;
    private final CentreTabs centreTabs;
    private TimelineBar timeline;
    private HeaderBar header;
    private SidePanel panel;
    private BorderPane bottom;
    private boolean complete;
    private ImportDialog lastImportDialog;
    private AllChangesDialog lastAllChanges;

    public MainWindow(AtlasViewModel vm, Playback playback, StateTableViewModel table, HostServices host,
                      UiThreads threads, Supplier<ExportService> exports, WindowActions actions) {
        this.vm = vm;
        this.playback = playback;
        this.host = host;
        this.threads = threads;
        this.exports = exports;
        this.actions = actions;
        getStyleClass().add("main-window");
        map = new MapCanvas(vm, listening);
        LegendView legend = new LegendView(vm, listening);
        legend.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        overlay = new PresentationOverlay(vm);
        // Until the first map is projected; while a big CSV is read in the background.
        Label loading = BusyLabel.of(vm.texts(), "loading", "loading", vm.worlds().worldProperty().isNull());
        Label readingDataset = BusyLabel.of(vm.texts(), "reading-dataset", "loading.dataset",
                vm.loading().readingDatasetProperty());
        StackPane mapArea = new StackPane(new LegendDock(vm, map, legend, listening), loading, readingDataset);
        // Presenting, the big title and date sit above the map; old data, a notice there offers the import.
        ChartDock withChart = new ChartDock(mapArea, vm, threads, listening); // View → Chart: parties over time below the map
        StaleDataBanner stale = new StaleDataBanner(vm, this::showImportDialog, listening);
        VBox centre = new VBox(overlay, stale.node(), withChart);
        VBox.setVgrow(withChart, Priority.ALWAYS);
        centre.getStyleClass().add("map-area");
        this.table = table;
        centreTabs = new CentreTabs(centre, table, vm);
        setCenter(centreTabs);
        setTop(placeholder(-1, TOP_HEIGHT));
        setRight(placeholder(panelWidth(), -1));
        setBottom(placeholder(-1, BOTTOM_HEIGHT));
        presentation = new PresentationMode(this::stage, this::showPanels);
        presentation.presentingProperty().addListener((o, was, on) -> {
            getStyleClass().remove("presentation");
            if (on) {
                getStyleClass().add("presentation");
            }
            overlay.show(on);
            stale.setPresenting(on);
            if (on) {
                table.show(false); // presenting starts on the map (T still brings the table)
            }
        });
        KeyHandler keys = new KeyHandler(actions(), this::enabled);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            completeChrome(); // a key before the chrome arrived: build it now, the keys need it
            keys.handle(e);
        });
        DatasetDrop.install(this, actions.views());
    }

    private static Region placeholder(double width, double height) {
        Region r = new Region();
        r.setPrefSize(width, height);
        r.getStyleClass().add("chrome-placeholder");
        return r;
    }

    private double panelWidth() {
        return Languages.isRightToLeft(vm.texts().locale()) ? 400 : 330;
    }

    /** What each action does in this window. */
    private Map<AppAction, Runnable> actions() {
        Map<AppAction, Runnable> a = new EnumMap<>(AppAction.class);
        ViewModelActions.putInto(a, vm, playback);
        a.put(AppAction.EXPORT, this::showExportDialog);
        a.put(AppAction.COPY_IMAGE, () -> ExportFigures.copyImage(vm, exports.get()));
        new FileActions(() -> getScene().getWindow(), vm, actions.views()).putInto(a);
        a.put(AppAction.UPDATE_FROM_DEPOSITARY, this::showImportDialog);
        a.put(AppAction.QUIT, actions.quit());
        a.put(AppAction.PRESENTATION, this::togglePresentation);
        a.put(AppAction.LEAVE_PRESENTATION, this::togglePresentation);
        a.put(AppAction.TOGGLE_PANELS, presentation::togglePanels);
        a.put(AppAction.FULL_SCREEN, this::toggleFullScreen);
        a.put(AppAction.SHORTCUTS, () -> InfoDialogs.shortcuts(getScene().getWindow(), vm.texts()));
        a.put(AppAction.FIND, () -> header.focusSearch());
        a.put(AppAction.OPEN_RECORD, this::openRecord);
        a.put(AppAction.TOGGLE_CHART, vm.chart()::toggleShown);
        a.put(AppAction.ALL_CHANGES, this::showAllChanges);
        a.put(AppAction.TOGGLE_TABLE, () -> table.show(!table.isShown()));
        a.put(AppAction.EXPORT_TABLE, centreTabs::exportTable);
        return a;
    }

    /** Enter on the map: the selected country's record in the side panel, brought back if presenting hid it. */
    private void openRecord() {
        if (vm.selected() == null) {
            return;
        }
        completeChrome();
        if (!presentation.panelsShown()) {
            presentation.togglePanels();
        }
        panel.requestFocus();
    }

    private boolean enabled(AppAction action) {
        return switch (action) {
            case LEAVE_PRESENTATION, TOGGLE_PANELS -> presentation.isPresenting();
            default -> true;
        };
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
        timeline = new TimelineBar(vm, playback, this::showAllChanges, listening);
        header = new HeaderBar(vm, this::showExportDialog, listening);
        MainMenu menu = new MainMenu(vm, actions(), actions.language(), listening, actions.views());
        panel = new SidePanel(vm, host, listening);
        panel.setPrefWidth(panelWidth());
        bottom = new BorderPane(timeline, null, null, new StatusLine(vm, listening), null);
        setTop(new VBox(menu, header));
        setRight(panel);
        setBottom(bottom);
        showPanels(presentation.panelsShown());
        centreTabs.followModel(); // the remembered pane (the map always comes first at start)
        Accessibility.describe(this, vm.texts());
    }

    /**
     * The window goes (a new language builds another): its views stop following the view-model and the playback,
     * so nothing keeps it alive or at work.
     */
    public void dispose() {
        listening.end();
        presentation.stopWatching();
        overlay.show(false);
    }

    public boolean isPresenting() {
        return presentation.isPresenting();
    }

    /** Presentation mode on or off (F5; Esc leaves). */
    public void togglePresentation() {
        completeChrome();
        presentation.toggle();
    }

    private void showPanels(boolean show) {
        if (!complete) {
            return;
        }
        for (Node n : new Node[] {getTop(), panel, bottom}) {
            n.setVisible(show);
            n.setManaged(show);
        }
    }

    public void toggleFullScreen() {
        Stage stage = stage();
        stage.setFullScreen(!stage.isFullScreen());
    }

    private Stage stage() {
        return getScene() == null ? null : (Stage) getScene().getWindow();
    }

    /** File → Print…: the figure on one page; no printer (or a failed job) is said in a message. */
    public void print() {
        new FileActions(() -> getScene().getWindow(), vm, actions.views()).print();
    }

    /** Opens the export dialog for what the map shows (not blocking). */
    public ExportDialog showExportDialog() {
        ExportDialog dialog = new ExportDialog(getScene().getWindow(), vm, exports.get(), threads,
                host == null ? null : dir -> host.showDocument(dir.toUri().toString()));
        dialog.show();
        return dialog;
    }

    /** Compare mode's list of every change, From → To (turns compare mode on first; not blocking); null without data. */
    public AllChangesDialog showAllChanges() {
        if (vm.atlas() == null) {
            return null;
        }
        if (!vm.compare().isActive()) {
            vm.compare().setActive(true, vm.date(), AtlasViewModel.TIMELINE_START);
        }
        vm.composeNow(); // the changes of the dates as they are now
        if (vm.compare().changes() == null) {
            return null;
        }
        AllChangesDialog dialog = new AllChangesDialog(getScene().getWindow(),
                new ChangeList(vm.atlas(), vm.compare().changes(), vm.texts(), threads), vm.texts(), host);
        lastAllChanges = dialog;
        dialog.show();
        return dialog;
    }

    /** The list of all changes opened last (null before), for tests that open it from a button. */
    public AllChangesDialog lastAllChanges() {
        return lastAllChanges;
    }

    /** Opens File → Update from depositary file… (not blocking). */
    public ImportDialog showImportDialog() {
        ImportDialog dialog = new ImportDialog(getScene().getWindow(), vm, threads);
        lastImportDialog = dialog;
        dialog.show();
        return dialog;
    }

    /** The import dialog opened last (null before), for tests that open it from the menu. */
    public ImportDialog lastImportDialog() {
        return lastImportDialog;
    }

    public MapCanvas map() {
        return map;
    }

    /** The "Map | Table" tabs of the centre. */
    public CentreTabs centreTabs() {
        return centreTabs;
    }

    public TimelineBar timeline() {
        return timeline;
    }
}
