package org.chaord.atlas.ui;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.chaord.atlas.data.DatasetLoader;
import org.chaord.atlas.data.LoadProblem;
import org.chaord.atlas.data.LoadResult;
import org.chaord.atlas.model.Atlas;

import java.nio.file.Path;
import java.util.List;

/**
 * The view-model's loaded data and every problem found in it: a new load replaces both, an added dataset adds its
 * rows and its problems. FX thread only.
 */
final class LoadedData {

    private final ReadOnlyObjectWrapper<LoadResult> data;
    private final ObservableList<LoadProblem> problems = FXCollections.observableArrayList();
    private final ObservableList<LoadProblem> shownProblems = FXCollections.unmodifiableObservableList(problems);

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

    /** Reads an indicator dataset into the data; false (nothing read) before any data. */
    boolean add(Path csv) {
        LoadResult current = data.get();
        if (current == null) {
            return false;
        }
        DatasetLoader.Added added = DatasetLoader.add(current, csv);
        problems.addAll(added.problems());
        data.set(added.result());
        return true;
    }

    /** A load that failed: its problems replace the list, the data shown stay. */
    void report(List<LoadProblem> found) {
        problems.setAll(found);
    }
}
