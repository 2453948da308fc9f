package org.chaord.atlas.ui.app;

import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.ui.AtlasViewModel;
import org.chaord.atlas.ui.saved.SavedViews;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;

/** The file dialogs of File → Save view… and Open view… ({@code .view.json} files, ADR 0025). */
final class ViewFileChooser {

    static final String EXTENSION = org.chaord.atlas.export.SavedViewFile.EXTENSION;

    private ViewFileChooser() {
    }

    static void save(Window owner, AtlasViewModel vm, SavedViews views) {
        Texts t = vm.texts();
        FileChooser chooser = chooser(t, "menu.saveView");
        chooser.setInitialFileName(vm.view().name().toLowerCase(Locale.ROOT) + "-" + vm.date() + EXTENSION);
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            String name = file.getName();
            Path target = name.toLowerCase(Locale.ROOT).endsWith(".json") ? file.toPath()
                    : file.toPath().resolveSibling(name + EXTENSION);
            views.save(target);
        }
    }

    static void open(Window owner, AtlasViewModel vm, SavedViews views) {
        File file = chooser(vm.texts(), "menu.openView").showOpenDialog(owner);
        if (file != null) {
            views.open(file.toPath());
        }
    }

    private static FileChooser chooser(Texts t, String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(t.get(titleKey).replace("\u2026", ""));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(t.get("views.fileType"), "*" + EXTENSION),
                new FileChooser.ExtensionFilter("JSON", "*.json"));
        return chooser;
    }
}
