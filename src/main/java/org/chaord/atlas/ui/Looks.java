package org.chaord.atlas.ui;

import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.chaord.atlas.geo.ProjectionKind;
import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.render.Palette;

import java.util.List;
import java.util.Locale;

/**
 * How the atlas looks, whatever it shows: the map's projection and palette, the language it speaks, the dark
 * interface and the country names on the map. Read-only outward, changed by its commands (FX thread only).
 */
public final class Looks {

    private final ReadOnlyObjectWrapper<ProjectionKind> projection =
            new ReadOnlyObjectWrapper<>(this, "projection", ProjectionKind.EQUAL_EARTH);
    private final ReadOnlyObjectWrapper<Palette> palette = new ReadOnlyObjectWrapper<>(this, "palette", Palette.DEFAULT);
    private final ReadOnlyObjectWrapper<Texts> texts =
            new ReadOnlyObjectWrapper<>(this, "texts", new Texts(Locale.ENGLISH));
    private final ReadOnlyBooleanWrapper darkInterface = new ReadOnlyBooleanWrapper(this, "darkInterface");
    private final ReadOnlyBooleanWrapper labels = new ReadOnlyBooleanWrapper(this, "labels");

    Looks() {
    }

    public ReadOnlyObjectProperty<ProjectionKind> projectionProperty() {
        return projection.getReadOnlyProperty();
    }

    public ProjectionKind projection() {
        return projection.get();
    }

    public ReadOnlyObjectProperty<Palette> paletteProperty() {
        return palette.getReadOnlyProperty();
    }

    public Palette palette() {
        return palette.get();
    }

    public ReadOnlyObjectProperty<Texts> textsProperty() {
        return texts.getReadOnlyProperty();
    }

    public Texts texts() {
        return texts.get();
    }

    public ReadOnlyBooleanProperty darkInterfaceProperty() {
        return darkInterface.getReadOnlyProperty();
    }

    /** Country names on the map (View → Labels, key L). */
    public ReadOnlyBooleanProperty labelsProperty() {
        return labels.getReadOnlyProperty();
    }

    public boolean isLabels() {
        return labels.get();
    }

    /** What changes the map's scene (the dark interface does not: it styles the controls around the map). */
    List<Observable> sceneInputs() {
        return List.of(palette, texts, labels);
    }

    /** Another projection (null: no change); the view-model projects the map anew in the background meanwhile. */
    public void setProjection(ProjectionKind kind) {
        if (kind != null) {
            projection.set(kind);
        }
    }

    public void setPalette(Palette p) {
        palette.set(p == null ? Palette.DEFAULT : p);
    }

    /** Speaks another language (the window is built again in it). */
    public void setTexts(Texts t) {
        texts.set(t);
    }

    public void setDarkInterface(boolean dark) {
        darkInterface.set(dark);
    }

    public void setLabels(boolean on) {
        labels.set(on);
    }
}
