package org.chaord.atlas.ui;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.chaord.atlas.model.GroupMembership;
import org.chaord.atlas.render.Texts;

import java.util.Locale;
import java.util.Objects;

/** The menu bar: file actions, view (presentation, language, group outline) and help. */
final class MainMenu extends MenuBar {

    private final AtlasViewModel vm;
    private final Menu groups = new Menu();

    MainMenu(AtlasViewModel vm, MainWindow window, WindowActions actions) {
        this.vm = vm;
        setId("menu-bar");
        Texts t = vm.texts.get();
        Menu file = new Menu(t.get("menu.file"));
        file.getItems().addAll(
                item(t.get("menu.export"), "menu-export", shortcut(KeyCode.E), window::showExportDialog),
                item(t.get("menu.copyImage"), "menu-copy", new KeyCodeCombination(KeyCode.C,
                        KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), window::copyImage),
                item(t.get("menu.openDataset"), "menu-open", shortcut(KeyCode.O), window::openIndicatorDataset),
                item(t.get("menu.reload"), "menu-reload", shortcut(KeyCode.R), actions.reload()),
                item(t.get("menu.quit"), "menu-quit", shortcut(KeyCode.Q), actions.quit()));
        Menu view = new Menu(t.get("menu.view"));
        Menu language = new Menu(t.get("menu.language"));
        ToggleGroup languages = new ToggleGroup();
        for (Locale l : Languages.SUPPORTED) {
            RadioMenuItem item = new RadioMenuItem(Languages.nativeName(l));
            item.setId("language-" + l.getLanguage());
            item.setToggleGroup(languages);
            item.setSelected(l.getLanguage().equals(t.locale().getLanguage()));
            item.setOnAction(e -> actions.language().accept(l));
            language.getItems().add(item);
        }
        javafx.scene.control.CheckMenuItem dark = new javafx.scene.control.CheckMenuItem(t.get("menu.dark"));
        dark.setId("menu-dark");
        dark.selectedProperty().bindBidirectional(vm.darkInterface);
        groups.setText(t.get("menu.group"));
        groups.setOnShowing(e -> fillGroups());
        groups.getItems().add(new MenuItem(t.get("menu.groupNone")));
        view.getItems().addAll(
                item(t.get("menu.presentation"), "menu-presentation", new KeyCodeCombination(KeyCode.F5),
                        window::togglePresentation),
                item(t.get("menu.fullScreen"), "menu-fullscreen", new KeyCodeCombination(KeyCode.F11),
                        window::toggleFullScreen),
                language, groups, dark);
        Menu help = new Menu(t.get("menu.help"));
        help.getItems().addAll(
                item(t.get("menu.shortcuts"), "menu-shortcuts", new KeyCodeCombination(KeyCode.F1),
                        () -> InfoDialogs.shortcuts(getScene().getWindow(), vm.texts.get())),
                item(t.get("menu.aboutData"), "menu-about-data", null,
                        () -> InfoDialogs.aboutData(getScene().getWindow(), vm)));
        getMenus().addAll(file, view, help);
    }

    /** Group outlines: the groups in the data, chosen one at a time (the map outlines its members). */
    private void fillGroups() {
        Texts t = vm.texts.get();
        groups.getItems().clear();
        ToggleGroup toggle = new ToggleGroup();
        RadioMenuItem none = new RadioMenuItem(t.get("menu.groupNone"));
        none.setToggleGroup(toggle);
        none.setSelected(vm.highlightedGroup.get() == null);
        none.setOnAction(e -> vm.highlightedGroup.set(null));
        groups.getItems().add(none);
        if (vm.atlas() == null) {
            return;
        }
        vm.atlas().groups().stream().map(GroupMembership::group).distinct().forEach(g -> {
            RadioMenuItem item = new RadioMenuItem(t.groupName(g));
            item.setId("group-" + g);
            item.setToggleGroup(toggle);
            item.setSelected(Objects.equals(g, vm.highlightedGroup.get()));
            item.setOnAction(e -> vm.highlightedGroup.set(g));
            groups.getItems().add(item);
        });
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    private static MenuItem item(String text, String id, KeyCombination keys, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (keys != null) {
            item.setAccelerator(keys);
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
