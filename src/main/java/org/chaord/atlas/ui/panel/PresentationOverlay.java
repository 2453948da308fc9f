package org.chaord.atlas.ui.panel;

import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.render.MapScene;
import org.chaord.atlas.render.TreatyCounter;
import org.chaord.atlas.ui.AtlasViewModel;

/**
 * What presentation mode adds over the map: the scene's title and day in large type, and a counter of each
 * treaty's parties, readable from the back of a classroom. It follows the scene only while it is shown.
 */
public final class PresentationOverlay extends VBox {

    private final AtlasViewModel vm;
    private final Label title = new Label();
    private final Label date = new Label();
    private final FlowPane counter = new FlowPane(28, 4); // seven treaties wrap into rows, not one long line
    private final Label asOf = new Label();
    private final Label hint = new Label();
    private final InvalidationListener follow = x -> update();

    public PresentationOverlay(AtlasViewModel vm) {
        this.vm = vm;
        setId("presentation-overlay");
        getStyleClass().add("presentation-overlay");
        setAlignment(Pos.TOP_CENTER);
        setMouseTransparent(true);
        title.getStyleClass().add("presentation-title");
        date.setId("presentation-date");
        date.getStyleClass().add("presentation-date");
        counter.setId("presentation-counter");
        counter.setAlignment(Pos.CENTER);
        counter.setPrefWrapLength(1100);
        hint.getStyleClass().add("presentation-hint");
        asOf.setId("presentation-asof");
        asOf.getStyleClass().add("as-of-note");
        asOf.setVisible(false);
        asOf.setManaged(false);
        getChildren().addAll(title, date, asOf, counter, hint);
        setVisible(false);
        setManaged(false);
    }

    /** Shows the overlay and follows the scene, or hides it and stops listening. */
    public void show(boolean on) {
        setVisible(on);
        setManaged(on);
        vm.sceneProperty().removeListener(follow);
        if (on) {
            vm.sceneProperty().addListener(follow);
            update();
        }
    }

    private static Label counterEntry(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("presentation-counter");
        return l;
    }

    private void update() {
        MapScene scene = vm.scene();
        Texts t = vm.texts();
        hint.setText(t.get("presentation.exitHint"));
        if (scene == null) {
            title.setText(t.viewName(vm.view()));
            date.setText(t.longDate(vm.date()));
            counter.getChildren().clear();
            return;
        }
        Texts st = scene.request().texts();
        title.setText(scene.title());
        date.setText(st.longDate(scene.request().date()));
        asOf.setText(scene.asOfLine()); // past the data's as-of date, what the map really shows
        asOf.setVisible(!scene.asOfLine().isEmpty());
        asOf.setManaged(asOf.isVisible());
        counter.getChildren().setAll(TreatyCounter.entries(vm.atlas(), scene.request().date(), st).stream()
                .map(PresentationOverlay::counterEntry).toList());
    }
}
