package org.chaord.atlas.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.chaord.atlas.data.DatasetLoader;
import org.chaord.atlas.data.LoadProblem;
import org.chaord.atlas.data.LoadResult;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.ui.internal.UiThreads;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import java.util.List;

/**
 * The view-model's loaded data and every problem found in it: a new load replaces both, an added dataset adds its
 * rows and its problems. FX thread only, but for the reading of a dataset, which runs on the background executor.
 */
final class LoadedData {

    private final ReadOnlyObjectWrapper<LoadResult> data;
    private final ObservableList<LoadProblem> problems = FXCollections.observableArrayList();
    private final ObservableList<LoadProblem> shownProblems = FXCollections.unmodifiableObservableList(problems);
    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper(this, "readingDataset");
    private int readsUnderWay;

    LoadedData(Object bean) {
        data = new ReadOnlyObjectWrapper<>(bean, "data");
    }

    ReadOnlyObjectProperty<LoadResult> property() {
        return data.getReadOnlyProperty();
    }

    Atlas atlas() {
        return data.get() == null ? null : data.get().atlas();
    }

    /** Unmodifiable. */
    ObservableList<LoadProblem> problems() {
        return shownProblems;
    }

    void show(LoadResult result) {
        problems.setAll(result.problems());
        data.set(result);
    }

    /** True while a dataset is being read in the background. */
    ReadOnlyBooleanProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    /**
     * Reads a dataset on the background executor (a 200,000-row file takes about a second: never on the FX thread)
     * and adds it on the FX thread.
     */
    void addInBackground(Path csv, UiThreads threads) {
        if (data.get() == null) {
            return;
        }
        reading.set(++readsUnderWay > 0);
        CompletableFuture.supplyAsync(() -> DatasetLoader.read(csv), threads.background())
                .whenComplete((read, error) -> threads.fx().execute(() -> {
                    reading.set(--readsUnderWay > 0);
                    if (read != null) {
                        add(read);
                    } else if (error != null) {
                        problems.add(new LoadProblem(csv.getFileName().toString(), 0, 0,
                                "cannot read the dataset: " + error.getMessage()));
                    }
                }));
    }

    /** Adds an indicator dataset read in the background to the data shown now; false before any data. */
    boolean add(DatasetLoader.Read read) {
        LoadResult current = data.get();
        if (current == null) {
            return false;
        }
        DatasetLoader.Added added = DatasetLoader.add(current, read);
        problems.addAll(added.problems());
        data.set(added.result());
        return true;
    }

    /** A load that failed: its problems replace the list, the data shown stay. */
    void report(List<LoadProblem> found) {
        problems.setAll(found);
    }
}
