package org.chaord.atlas.ui.app;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import org.chaord.atlas.i18n.Texts;

/** A "working…" label with a spinner over the map, shown exactly while its condition holds. */
final class BusyLabel {

    private BusyLabel() {
    }

    static Label of(Texts texts, String id, String messageKey, ObservableValue<Boolean> shownWhile) {
        Label label = new Label(texts.get(messageKey), new ProgressIndicator());
        label.setId(id);
        label.getStyleClass().add("loading");
        label.visibleProperty().bind(shownWhile);
        return label;
    }
}
