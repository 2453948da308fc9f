package org.chaord.atlas.ui;

import javafx.scene.Node;
import javafx.scene.input.TransferMode;
import org.chaord.atlas.data.IndicatorReader;
import org.chaord.atlas.data.LoadProblem;
import org.chaord.atlas.data.LoadResult;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.IndicatorDataset;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Indicator datasets opened from the menu or dropped on the window join the side panel. */
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
                if (f.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
                    addDataset(vm, f.toPath());
                    done = true;
                }
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    /** Reads a CSV with an iso3 column; its problems join the list, the rest of the atlas is untouched. */
    static void addDataset(AtlasViewModel vm, Path file) {
        LoadResult current = vm.data.get();
        if (current == null) {
            return;
        }
        List<LoadProblem> problems = new ArrayList<>();
        IndicatorDataset dataset = IndicatorReader.read(file, problems);
        vm.problems.addAll(problems);
        if (dataset.rowsByIso3().isEmpty()) {
            return;
        }
        Atlas a = current.atlas();
        List<IndicatorDataset> indicators = new ArrayList<>(a.indicators());
        indicators.removeIf(d -> d.name().equals(dataset.name()));
        indicators.add(dataset);
        Atlas updated = new Atlas(a.treaties(), a.countries(), a.history(), a.groups(), indicators, a.dataAsOf());
        List<LoadProblem> all = new ArrayList<>(current.problems());
        all.addAll(problems);
        vm.data.set(new LoadResult(updated, current.shapes(), all));
    }
}
