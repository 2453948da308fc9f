package org.chaord.atlas.ui.map;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.chaord.atlas.ui.AtlasViewModel;
import org.chaord.atlas.ui.CountryDescriptions;

import java.util.function.BiFunction;

/** Hovering a country shows a card with its name and status on the day, kept inside the map. */
final class HoverTool {

    private static final double OFFSET_PX = 14;
    private final AtlasViewModel vm;
    private final Region map;
    private final BiFunction<Double, Double, String> countryAt;
    private final Label card = new Label();

    HoverTool(AtlasViewModel vm, Region map, BiFunction<Double, Double, String> countryAt) {
        this.vm = vm;
        this.map = map;
        this.countryAt = countryAt;
        card.getStyleClass().add("hover-card");
        card.setVisible(false);
        card.setMouseTransparent(true);
        card.setId("hover-card");
    }

    Label card() {
        return card;
    }

    void install(Node target) {
        target.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        target.addEventHandler(MouseEvent.MOUSE_EXITED, e -> card.setVisible(false));
    }

    private void moved(MouseEvent e) {
        String iso3 = countryAt.apply(e.getX(), e.getY());
        if (iso3 == null) {
            card.setVisible(false);
            return;
        }
        card.setText(CountryDescriptions.hoverText(vm, iso3));
        card.autosize();
        double x = Math.min(e.getX() + OFFSET_PX, map.getWidth() - card.getWidth() - 4);
        double y = Math.min(e.getY() + OFFSET_PX, map.getHeight() - card.getHeight() - 4);
        card.relocate(Math.max(0, x), Math.max(0, y));
        card.setVisible(true);
    }
}
