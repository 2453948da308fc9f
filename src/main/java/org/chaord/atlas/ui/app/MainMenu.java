package org.chaord.atlas.ui.app;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import org.chaord.atlas.i18n.Languages;
import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.model.GroupMembership;
import org.chaord.atlas.ui.AtlasViewModel;
import org.chaord.atlas.ui.internal.Subscriptions;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** The menu bar: file actions, view (presentation, language, group outline, dark interface) and help. */
final class MainMenu extends MenuBar {

    private final AtlasViewModel vm;
    private final Map<AppAction, Runnable> actions;
    private final Menu groups = new Menu();

    MainMenu(AtlasViewModel vm, Map<AppAction, Runnable> actions, java.util.function.Consumer<Locale> language,
             Subscriptions listening, org.chaord.atlas.ui.saved.SavedViews views) {
        this.vm = vm;
        this.actions = actions;
        setId("menu-bar");
        Texts t = vm.texts();
        Menu file = new Menu(t.get("menu.file"));
        file.getItems().addAll(
                item(t.get("menu.export"), "menu-export", AppAction.EXPORT),
                item(t.get("menu.copyImage"), "menu-copy", AppAction.COPY_IMAGE),
                item(t.get("menu.exportTable"), "menu-export-table", AppAction.EXPORT_TABLE),
                item(t.get("menu.openDataset"), "menu-open", AppAction.OPEN_DATASET),
                item(t.get("menu.openView"), "menu-open-view", AppAction.OPEN_VIEW),
                new RecentMenu(t, views),
                item(t.get("menu.saveView"), "menu-save-view", AppAction.SAVE_VIEW),
                item(t.get("menu.print"), "menu-print", AppAction.PRINT),
                item(t.get("menu.updateFromDepositary"), "menu-import", AppAction.UPDATE_FROM_DEPOSITARY),
                item(t.get("menu.reload"), "menu-reload", AppAction.RELOAD),
                item(t.get("menu.quit"), "menu-quit", AppAction.QUIT));
        Menu view = new Menu(t.get("menu.view"));
        Menu languages = new Menu(t.get("menu.language"));
        ToggleGroup chosen = new ToggleGroup();
        for (Locale l : Languages.SUPPORTED) {
            RadioMenuItem item = new RadioMenuItem(Languages.nativeName(l));
            item.setId("language-" + l.getLanguage());
            item.setToggleGroup(chosen);
            item.setSelected(l.getLanguage().equals(t.locale().getLanguage()));
            item.setOnAction(e -> language.accept(l));
            languages.getItems().add(item);
        }
        CheckMenuItem dark = new CheckMenuItem(t.get("menu.dark"));
        dark.setId("menu-dark");
        listening.twoWay(vm.looks().darkInterfaceProperty(), dark.selectedProperty(), vm.looks()::setDarkInterface);
        CheckMenuItem labels = new CheckMenuItem(t.get("menu.labels"));
        labels.setId("menu-labels");
        KeyBindings.accelerator(AppAction.TOGGLE_LABELS).ifPresent(labels::setAccelerator);
        listening.twoWay(vm.looks().labelsProperty(), labels.selectedProperty(), vm.looks()::setLabels);
        CheckMenuItem chart = new CheckMenuItem(t.get("menu.chart"));
        chart.setId("menu-chart");
        KeyBindings.accelerator(AppAction.TOGGLE_CHART).ifPresent(chart::setAccelerator);
        listening.twoWay(vm.chart().shownProperty(), chart.selectedProperty(), vm.chart()::setShown);
        CheckMenuItem compare = new CheckMenuItem(t.get("menu.compare"));
        compare.setId("menu-compare");
        KeyBindings.accelerator(AppAction.COMPARE).ifPresent(compare::setAccelerator);
        listening.twoWay(vm.compare().activeProperty(), compare.selectedProperty(),
                on -> vm.compare().setActive(on, vm.date(), AtlasViewModel.TIMELINE_START));
        groups.setText(t.get("menu.group"));
        groups.setOnShowing(e -> fillGroups());
        groups.getItems().add(new MenuItem(t.get("menu.groupNone")));
        view.getItems().addAll(
                item(t.get("menu.presentation"), "menu-presentation", AppAction.PRESENTATION),
                item(t.get("menu.fullScreen"), "menu-fullscreen", AppAction.FULL_SCREEN),
                item(t.get("menu.table"), "menu-table", AppAction.TOGGLE_TABLE),
                labels, chart, compare, item(t.get("menu.allChanges"), "menu-all-changes", AppAction.ALL_CHANGES),
                languages, groups, dark);
        Menu help = new Menu(t.get("menu.help"));
        MenuItem aboutData = new MenuItem(t.get("menu.aboutData"));
        aboutData.setId("menu-about-data");
        aboutData.setOnAction(e -> InfoDialogs.aboutData(getScene().getWindow(), vm));
        help.getItems().addAll(item(t.get("menu.shortcuts"), "menu-shortcuts", AppAction.SHORTCUTS), aboutData);
        getMenus().addAll(file, view, help);
    }

    /** Group outlines: the groups in the data, chosen one at a time (the map outlines its members). */
    private void fillGroups() {
        Texts t = vm.texts();
        groups.getItems().clear();
        ToggleGroup toggle = new ToggleGroup();
        RadioMenuItem none = new RadioMenuItem(t.get("menu.groupNone"));
        none.setToggleGroup(toggle);
        none.setSelected(vm.marks().group() == null);
        none.setOnAction(e -> vm.marks().highlightGroup(null));
        groups.getItems().add(none);
        if (vm.atlas() == null) {
            return;
        }
        vm.atlas().groups().stream().map(GroupMembership::group).distinct().forEach(g -> {
            RadioMenuItem item = new RadioMenuItem(t.groupName(g));
            item.setId("group-" + g);
            item.setToggleGroup(toggle);
            item.setSelected(Objects.equals(g, vm.marks().group()));
            item.setOnAction(e -> vm.marks().highlightGroup(g));
            groups.getItems().add(item);
        });
    }

    /** A menu item running an action, showing the action's keys from {@link KeyBindings}. */
    private MenuItem item(String text, String id, AppAction action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        KeyBindings.accelerator(action).ifPresent(item::setAccelerator);
        item.setOnAction(e -> actions.get(action).run());
        return item;
    }
}
