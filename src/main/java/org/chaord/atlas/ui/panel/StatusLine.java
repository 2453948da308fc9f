package org.chaord.atlas.ui.panel;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.chaord.atlas.render.MapScene;
import org.chaord.atlas.ui.AtlasViewModel;
import org.chaord.atlas.ui.internal.Subscriptions;

/** The line under the timeline: the scene's source line (with the data's as-of date) and attribution. */
public final class StatusLine extends HBox {

    private final Label status = new Label();

    public StatusLine(AtlasViewModel vm, Subscriptions listening) {
        status.setId("status-line");
        status.getStyleClass().add("status-line");
        getStyleClass().add("status-bar");
        getChildren().add(status);
        listening.onInvalid(vm.sceneProperty(), () -> show(vm.scene())); // each new scene (records compare deeply: not with equals)
        show(vm.scene());
    }

    private void show(MapScene scene) {
        if (scene != null) {
            status.setText(scene.sourceLine() + "   \u00b7   " + scene.attribution());
        }
    }
}
