package org.chaord.atlas.ui;

import javafx.beans.Observable;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.StatusClass;
import org.chaord.atlas.model.View;
import org.chaord.atlas.render.Texts;

import java.util.Map;

/** The legend: one row per class with its count on the current date; hovering a row highlights its countries. */
public final class LegendView extends VBox {

    private final AtlasViewModel vm;
    private final Label tracker = new Label();
    private final Map<StatusClass, Label> countLabels = new java.util.EnumMap<>(StatusClass.class);

    public LegendView(AtlasViewModel vm) {
        this.vm = vm;
        setId("legend");
        getStyleClass().add("legend");
        setSpacing(2);
        tracker.setId("tracker");
        tracker.getStyleClass().add("tracker");
        tracker.setWrapText(true);
        for (Observable o : new Observable[] {vm.view, vm.palette, vm.texts, vm.data, vm.highlightedGroup}) {
            o.addListener(x -> rebuild());
        }
        vm.date.addListener(x -> updateCounts()); // the timeline moves often: update numbers, keep the nodes
        rebuild();
    }

    private void updateCounts() {
        Atlas atlas = vm.atlas();
        if (atlas == null) {
            return;
        }
        Map<StatusClass, Integer> counts = atlas.countsOn(vm.view.get(), vm.date.get());
        countLabels.forEach((cls, label) -> label.setText(String.valueOf(counts.getOrDefault(cls, 0))));
        tracker.setText(org.chaord.atlas.render.SceneComposer.trackerText(atlas, vm.view.get(), vm.date.get(), vm.texts.get()));
    }

    private void rebuild() {
        setStyle(rtl() ? "-fx-pref-width: -1;" : ""); // unwrapped Arabic lines set the width
        getChildren().clear();
        countLabels.clear();
        Atlas atlas = vm.atlas();
        if (atlas == null) {
            return;
        }
        View view = vm.view.get();
        Texts t = vm.texts.get().withTreaties(atlas.treaties());
        Label title = new Label(t.viewName(view));
        title.getStyleClass().add("legend-title");
        title.setWrapText(!rtl());
        getChildren().add(title);
        Map<StatusClass, Integer> counts = atlas.countsOn(view, vm.date.get());
        for (StatusClass cls : atlas.classes(view)) {
            getChildren().add(row(cls, t.className(view, cls), counts.getOrDefault(cls, 0)));
        }
        getChildren().add(row(StatusClass.NOT_IN_OWN_RIGHT, t.className(view, StatusClass.NOT_IN_OWN_RIGHT), -1));
        String trackerText = org.chaord.atlas.render.SceneComposer.trackerText(atlas, view, vm.date.get(), t);
        tracker.setText(trackerText);
        if (!trackerText.isEmpty()) {
            getChildren().add(tracker);
        }
        if (vm.highlightedGroup.get() != null) {
            Label outlined = new Label(t.get("legend.outlined", t.groupName(vm.highlightedGroup.get())));
            outlined.setId("legend-outlined");
            outlined.getStyleClass().add("legend-outlined");
            getChildren().add(outlined);
        }
    }

    private boolean rtl() {
        return "ar".equals(vm.texts.get().locale().getLanguage());
    }

    private HBox row(StatusClass cls, String label, int count) {
        int argb = vm.palette.get().fill(cls);
        // A region, not a rectangle: its size comes from the stylesheet and grows in presentation mode.
        Region swatch = new Region();
        swatch.getStyleClass().add("swatch");
        swatch.setBackground(new javafx.scene.layout.Background(new javafx.scene.layout.BackgroundFill(
                Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF), null, null)));
        Label name = new Label(label);
        // JavaFX 21 draws wrapped right-to-left labels with repeated words: Arabic lines do not wrap, the box widens.
        name.setWrapText(!rtl());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label number = new Label(count < 0 ? "" : String.valueOf(count));
        number.getStyleClass().add("legend-count");
        number.setId("count-" + cls.name());
        if (count >= 0) {
            countLabels.put(cls, number);
        }
        HBox row = new HBox(8, swatch, name, spacer, number);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("legend-row");
        row.setId("legend-" + cls.name());
        row.setOnMouseEntered(e -> vm.highlightedClasses.add(cls));
        row.setOnMouseExited(e -> vm.highlightedClasses.remove(cls));
        return row;
    }
}
