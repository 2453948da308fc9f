package org.chaord.atlas.ui.export;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.chaord.atlas.export.ExportFormat;
import org.chaord.atlas.i18n.Texts;


/** Small builders for the export dialog's controls. */
final class ExportControls {

    private ExportControls() {
    }

    /** One pill-shaped toggle per format; one of them stays selected. */
    static HBox formatPills(ToggleGroup formats) {
        HBox formatBox = new HBox();
        String[] pills = {"left-pill", "center-pill", "right-pill"};
        for (ExportFormat f : ExportFormat.values()) {
            ToggleButton b = new ToggleButton(f.name());
            b.setUserData(f);
            b.setToggleGroup(formats);
            b.setId("export-format-" + f.extension());
            b.getStyleClass().add(pills[f.ordinal()]);
            b.setMinWidth(64);
            formatBox.getChildren().add(b);
        }
        formats.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
        return formatBox;
    }

    static Label label(Texts t, String key) {
        Label l = new Label(t.get(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-muted");
        return l;
    }

    static HBox row(Node... nodes) {
        HBox box = new HBox(8, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** Takes the text typed into a spinner (the spinner only commits on Enter). */
    static void commit(Spinner<Integer> s) {
        SpinnerValueFactory<Integer> f = s.getValueFactory();
        try {
            Integer v = f.getConverter().fromString(s.getEditor().getText().strip());
            if (v != null) {
                f.setValue(v);
            }
        } catch (RuntimeException e) {
            // not a number: keep the value
        }
        s.getEditor().setText(f.getConverter().toString(f.getValue()));
    }
}
