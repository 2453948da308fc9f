package org.chaord.atlas.ui.panel;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.StatusStory;
import org.chaord.atlas.model.TreatyId;
import org.chaord.atlas.ui.AtlasViewModel;

import java.time.LocalDate;

/**
 * The selected country's story since the timeline's start (issue 10 §5): a sparkline per treaty of the view (the
 * treaty, a pair's two, the frameworks for "which framework"), coloured by its class, with its events as marks.
 */
final class CountryStory extends VBox {

    CountryStory(AtlasViewModel vm, String iso3, Texts t, boolean wraps) {
        super(3);
        setId("country-story");
        getStyleClass().add("country-story");
        Atlas atlas = vm.atlas();
        LocalDate from = AtlasViewModel.TIMELINE_START;
        LocalDate to = vm.today().isBefore(from) ? from : vm.today();
        Label heading = new Label(t.get("sparkline.heading", Integer.toString(from.getYear())));
        heading.getStyleClass().add("panel-heading");
        getChildren().add(heading);
        for (TreatyId treaty : atlas.treatiesOf(vm.view())) {
            getChildren().add(new StorySparkline(StatusStory.of(atlas, iso3, treaty, from, to),
                    vm.looks().paletteProperty().get(), vm.date(), t, wraps));
        }
    }
}
