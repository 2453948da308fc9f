package org.chaord.atlas.ui.app;

import javafx.scene.Node;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.chaord.atlas.ui.AtlasViewModel;

import java.io.File;
import java.util.Locale;

/** Indicator datasets dropped on the window or opened from the menu go to the view-model's "add dataset". */
final class DatasetDrop {

    private DatasetDrop() {
    }

    static void install(Node target, AtlasViewModel vm) {
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
                    vm.loading().addDataset(f.toPath());
                    done = true;
                }
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    /** File → Open indicator dataset…: a CSV chosen in a file dialog. */
    static void choose(Window owner, AtlasViewModel vm) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(vm.texts().get("menu.openDataset"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            vm.loading().addDataset(file.toPath());
        }
    }
}
