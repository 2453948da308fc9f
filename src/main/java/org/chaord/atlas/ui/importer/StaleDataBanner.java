package org.chaord.atlas.ui.importer;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.DataFreshness;
import org.chaord.atlas.ui.AtlasViewModel;
import org.chaord.atlas.ui.internal.Subscriptions;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The notice above the map when the data's as-of date is more than 60 days before today: how old they are, and a
 * button that opens the import. Not modal; dismissed, it stays away until data with another as-of date arrive.
 */
public final class StaleDataBanner {

    private final AtlasViewModel vm;
    private final HBox box = new HBox(12);
    private final Label text = new Label();
    private LocalDate dismissedFor;
    private boolean presenting;

    public StaleDataBanner(AtlasViewModel vm, Runnable openImport, Subscriptions listening) {
        this.vm = vm;
        Texts t = vm.texts();
        box.setId("stale-banner");
        box.getStyleClass().add("stale-banner");
        box.setAlignment(Pos.CENTER_LEFT);
        text.setId("stale-text");
        text.setWrapText(true);
        Button update = new Button(t.get("menu.updateFromDepositary"));
        update.setId("stale-import");
        update.setOnAction(e -> openImport.run());
        Button dismiss = new Button(t.get("banner.dismiss"));
        dismiss.setId("stale-dismiss");
        dismiss.getStyleClass().add("flat");
        dismiss.setOnAction(e -> {
            Atlas a = vm.atlas();
            dismissedFor = a == null ? null : a.dataAsOf();
            show(false);
        });
        // the buttons keep their words (French and Spanish are long); the sentence wraps onto more lines instead
        update.setMinWidth(Region.USE_PREF_SIZE);
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        text.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        box.getChildren().addAll(text, spacer, update, dismiss);
        listening.onInvalid(vm.dataProperty(), this::refresh);
        refresh();
    }

    public HBox node() {
        return box;
    }

    /** Presentation mode: the audience reads the as-of date under the title; the notice is for whoever presents. */
    public void setPresenting(boolean on) {
        presenting = on;
        refresh();
    }

    private void refresh() {
        Atlas a = vm.atlas();
        LocalDate asOf = a == null ? null : a.dataAsOf();
        DataFreshness freshness = new DataFreshness(asOf);
        boolean shown = asOf != null && freshness.isStale(vm.today()) && !Objects.equals(asOf, dismissedFor)
                && !presenting;
        if (shown) {
            text.setText(vm.texts().staleData(freshness.ageInDays(vm.today()), asOf));
        }
        show(shown);
    }

    private void show(boolean on) {
        box.setVisible(on);
        box.setManaged(on);
    }
}
