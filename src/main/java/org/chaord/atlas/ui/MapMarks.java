package org.chaord.atlas.ui;

import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.chaord.atlas.model.StatusClass;
import org.chaord.atlas.render.Highlights;

import java.util.List;

/**
 * What the user marks on the map: the selected country, the outlined group, and the legend classes under the
 * pointer. Read-only outward; changed by its commands (FX thread only).
 */
public final class MapMarks {

    private final ReadOnlyStringWrapper selected = new ReadOnlyStringWrapper(this, "selected");
    private final ReadOnlyStringWrapper group = new ReadOnlyStringWrapper(this, "group");
    private final ObservableSet<StatusClass> classes = FXCollections.observableSet();

    public ReadOnlyStringProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public String selected() {
        return selected.get();
    }

    public ReadOnlyStringProperty groupProperty() {
        return group.getReadOnlyProperty();
    }

    /** The outlined group's id, or null. */
    public String group() {
        return group.get();
    }

    /** The legend classes whose countries are outlined (unmodifiable). */
    public ObservableSet<StatusClass> classes() {
        return FXCollections.unmodifiableObservableSet(classes);
    }

    /** Selects a country (null: none). */
    public void select(String iso3) {
        selected.set(iso3);
    }

    /** Outlines a group's members of the day (null: none). */
    public void highlightGroup(String id) {
        group.set(id);
    }

    /** Outlines (or stops outlining) the countries of a legend class. */
    public void highlightClass(StatusClass cls, boolean on) {
        if (on) {
            classes.add(cls);
        } else {
            classes.remove(cls);
        }
    }

    /** The marks as the scene takes them. */
    public Highlights highlights() {
        return new Highlights(selected.get(), classes, group.get());
    }

    List<Observable> observables() {
        return List.of(selected, group, classes);
    }
}
