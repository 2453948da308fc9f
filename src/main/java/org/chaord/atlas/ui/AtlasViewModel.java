package org.chaord.atlas.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.chaord.atlas.data.LoadProblem;
import org.chaord.atlas.data.LoadResult;
import org.chaord.atlas.geo.ProjectionKind;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.StatusClass;
import org.chaord.atlas.model.View;
import org.chaord.atlas.render.Palette;
import org.chaord.atlas.render.ProjectedWorld;
import org.chaord.atlas.render.Texts;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The state of the main window: data, view, date, projection, palette, selection and highlights. Controls bind to
 * these properties; the map and panels repaint when they change.
 */
public final class AtlasViewModel {

    /** The Budapest Convention opened for signature: the timeline's first day. */
    public static final LocalDate TIMELINE_START = LocalDate.of(2001, 11, 23);

    public final ObjectProperty<LoadResult> data = new SimpleObjectProperty<>();
    public final ObjectProperty<ProjectedWorld> world = new SimpleObjectProperty<>();
    public final ObjectProperty<View> view = new SimpleObjectProperty<>(View.UNCC);
    public final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(LocalDate.now());
    public final ObjectProperty<ProjectionKind> projection = new SimpleObjectProperty<>(ProjectionKind.EQUAL_EARTH);
    public final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(Palette.DEFAULT);
    public final ObjectProperty<Texts> texts = new SimpleObjectProperty<>(new Texts(Locale.ENGLISH));
    public final javafx.beans.property.BooleanProperty darkInterface = new javafx.beans.property.SimpleBooleanProperty();
    public final StringProperty selected = new SimpleStringProperty();
    public final StringProperty highlightedGroup = new SimpleStringProperty();
    public final ObservableSet<StatusClass> highlightedClasses = FXCollections.observableSet();
    public final ObservableList<LoadProblem> problems = FXCollections.observableArrayList();

    public Atlas atlas() {
        return data.get() == null ? null : data.get().atlas();
    }

    public LocalDate today() {
        return LocalDate.now();
    }

    /** Clamp a date into the timeline's range. */
    public LocalDate clamp(LocalDate day) {
        if (day.isBefore(TIMELINE_START)) {
            return TIMELINE_START;
        }
        return day.isAfter(today()) ? today() : day;
    }

    /** The next day after the current one on which the current view changes, or null. */
    public LocalDate nextChange() {
        Atlas a = atlas();
        return a == null ? null : a.history().changeDays(view.get()).higher(date.get());
    }

    /** The last day before the current one on which the current view changed, or null. */
    public LocalDate previousChange() {
        Atlas a = atlas();
        return a == null ? null : a.history().changeDays(view.get()).lower(date.get());
    }
}
