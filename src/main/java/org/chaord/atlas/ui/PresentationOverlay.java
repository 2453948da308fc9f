package org.chaord.atlas.ui;

import javafx.beans.Observable;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.StatusClass;
import org.chaord.atlas.model.TreatyId;
import org.chaord.atlas.model.View;
import org.chaord.atlas.render.Texts;

import java.util.Map;

/**
 * What presentation mode adds over the map: the view's name and the date in large type, and a counter of each
 * treaty's parties, readable from the back of a classroom.
 */
final class PresentationOverlay extends VBox {

    private final AtlasViewModel vm;
    private final Label title = new Label();
    private final Label date = new Label();
    private final Label counter = new Label();
    private final Label hint = new Label();

    PresentationOverlay(AtlasViewModel vm) {
        this.vm = vm;
        setId("presentation-overlay");
        getStyleClass().add("presentation-overlay");
        setAlignment(Pos.TOP_CENTER);
        setMouseTransparent(true);
        title.getStyleClass().add("presentation-title");
        date.setId("presentation-date");
        date.getStyleClass().add("presentation-date");
        counter.setId("presentation-counter");
        counter.getStyleClass().add("presentation-counter");
        hint.getStyleClass().add("presentation-hint");
        getChildren().addAll(title, date, counter, hint);
        for (Observable o : new Observable[] {vm.view, vm.date, vm.data, vm.texts}) {
            o.addListener(x -> update());
        }
        update();
    }

    private void update() {
        Texts t = vm.texts.get();
        title.setText(t.viewName(vm.view.get()));
        date.setText(t.longDate(vm.date.get()));
        hint.setText(t.get("presentation.exitHint"));
        Atlas atlas = vm.atlas();
        if (atlas == null) {
            counter.setText("");
            return;
        }
        StringBuilder sb = new StringBuilder();
        for (TreatyId treaty : atlas.treatyIds()) {
            View view = View.of(treaty);
            Map<StatusClass, Integer> counts = atlas.countsOn(view, vm.date.get());
            int bound = counts.getOrDefault(StatusClass.PARTY, 0) + counts.getOrDefault(StatusClass.RATIFIED, 0);
            if (sb.length() > 0) {
                sb.append("     ");
            }
            sb.append(t.viewShortName(view)).append(": ").append(bound)
                    .append(" \u00b7 ").append(t.className(view, StatusClass.SIGNED).toLowerCase(t.locale()))
                    .append(' ').append(counts.getOrDefault(StatusClass.SIGNED, 0));
        }
        counter.setText(sb.toString());
    }
}
