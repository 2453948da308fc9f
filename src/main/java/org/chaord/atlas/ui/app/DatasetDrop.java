package org.chaord.atlas.ui.app;

import javafx.scene.Node;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.chaord.atlas.ui.AtlasViewModel;
import org.chaord.atlas.ui.saved.SavedViews;

import java.io.File;
import java.util.Locale;

/** Indicator datasets dropped on the window or opened from the menu are opened (and remembered) by the saved views. */
final class DatasetDrop {

    private DatasetDrop() {
    }

    static void install(Node target, SavedViews views) {
        target.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        target.setOnDragDropped(e -> {
            boolean done = false;
            for (File f : e.getDragboard().getFiles()) {
                if (f.getName().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                    views.openDataset(f.toPath());
                    done = true;
                }
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    /** File → Open indicator dataset…: a CSV chosen in a file dialog. */
    static void choose(Window owner, AtlasViewModel vm, SavedViews views) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(vm.texts().get("menu.openDataset"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            views.openDataset(file.toPath());
        }
    }
}
