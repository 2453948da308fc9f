package org.chaord.atlas.ui.timeline;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.model.StatusChanges;
import org.chaord.atlas.ui.AtlasViewModel;
import org.chaord.atlas.ui.compare.CompareModel;
import org.chaord.atlas.ui.internal.Subscriptions;

import java.time.LocalDate;

/**
 * The timeline's second row in compare mode: the From date field (the slider's thumb and the date field are To),
 * the notice when From is after To and the map shows them swapped, and "All changes…". Hidden outside compare mode.
 */
final class CompareRow extends HBox {

    private final AtlasViewModel vm;
    private final DatePicker from = new DatePicker();
    private final Label to = new Label();
    private final Label swapped = new Label();
    private boolean updating;

    CompareRow(AtlasViewModel vm, Runnable allChanges, Subscriptions listening) {
        super(8);
        this.vm = vm;
        CompareModel compare = vm.compare();
        Texts t = vm.texts();
        setId("compare-row");
        getStyleClass().add("compare-row");
        setAlignment(Pos.CENTER_LEFT);
        Label fromLabel = new Label(t.get("compare.from"));
        fromLabel.setLabelFor(from);
        from.setId("compare-from");
        from.setPrefWidth(150);
        from.setConverter(new DateFieldConverter(t));
        from.setTooltip(new Tooltip(t.get("compare.fromTooltip")));
        from.valueProperty().addListener((o, a, b) -> {
            if (!updating && b != null) {
                compare.setFrom(vm.days().clamp(b));
            }
        });
        to.setId("compare-to");
        swapped.setId("compare-swapped");
        swapped.getStyleClass().add("compare-swapped");
        swapped.setWrapText(true);
        Button all = new Button(t.get("compare.allChanges"));
        all.setId("compare-all-changes");
        all.setOnAction(e -> allChanges.run());
        getChildren().addAll(fromLabel, from, to, swapped, all);
        listening.onInvalid(compare.fromProperty(), this::show);
        listening.onInvalid(compare.changesProperty(), this::show);
        listening.onInvalid(vm.dateProperty(), this::show);
        visibleProperty().bind(compare.activeProperty());
        managedProperty().bind(compare.activeProperty());
        show();
    }

    private void show() {
        Texts t = vm.texts();
        LocalDate chosen = vm.compare().from();
        updating = true;
        from.setValue(chosen);
        updating = false;
        to.setText("\u2192 " + t.get("compare.to") + " " + t.date(vm.date()));
        StatusChanges c = vm.compare().changes();
        boolean swap = c != null && c.swapped();
        // said in words, not only by the map: From after To is a slip the reader must know was corrected
        swapped.setText(swap ? t.get("compare.swapped", t.date(c.from()), t.date(c.to())) : "");
        swapped.setVisible(swap);
        swapped.setManaged(swap);
    }
}
