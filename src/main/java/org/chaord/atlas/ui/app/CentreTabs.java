package org.chaord.atlas.ui.app;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.chaord.atlas.ui.AtlasViewModel;
import org.chaord.atlas.ui.table.StateTableView;
import org.chaord.atlas.ui.table.StateTableViewModel;

/**
 * The centre of the window: "Map | Table". The table's controls are made the first time its tab is chosen (start-up
 * builds only the map). The chosen tab is the table model's "shown", both ways, from {@link #followModel()} on: until
 * the rest of the window is built the map stays in front, so the first shaded frame is never behind a table.
 */
public final class CentreTabs extends TabPane {

    private final StateTableViewModel model;
    private final AtlasViewModel vm;
    private final Tab mapTab;
    private final Tab tableTab;
    private StateTableView tableView;
    private boolean following;
    private final InvalidationListener onShown = x -> chooseModelsPane(); // weakly: a replaced window lets go

    CentreTabs(Node map, StateTableViewModel model, AtlasViewModel vm) {
        this.model = model;
        this.vm = vm;
        setId("centre-tabs");
        getStyleClass().add("centre-tabs");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        mapTab = new Tab(vm.texts().get("tab.map"), map);
        mapTab.setId("tab-map");
        tableTab = new Tab(vm.texts().get("tab.table"));
        tableTab.setId("tab-table");
        getTabs().addAll(mapTab, tableTab);
    }

    /** From now on the tabs show the model's pane and a tab chosen by the user tells the model. */
    void followModel() {
        if (following) {
            return;
        }
        following = true;
        getSelectionModel().selectedItemProperty().addListener((o, old, tab) -> {
            if (tab == tableTab) {
                tableView();
            }
            model.show(tab == tableTab);
        });
        model.shownProperty().addListener(new WeakInvalidationListener(onShown));
        chooseModelsPane();
    }

    private void chooseModelsPane() {
        choose(model.isShown());
    }

    private void choose(boolean table) {
        if (table) {
            tableView();
        }
        getSelectionModel().select(table ? tableTab : mapTab);
    }

    /** The table's controls, made on first use. */
    public StateTableView tableView() {
        if (tableView == null) {
            tableView = new StateTableView(model, vm);
            tableTab.setContent(tableView);
        }
        return tableView;
    }

    /** File → Export table as CSV…: the table comes to the front (what is written is what it shows), then the file. */
    void exportTable() {
        model.show(true);
        tableView().chooseAndExport();
    }
}
