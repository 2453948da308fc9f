package org.chaord.atlas.ui.timeline;

import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.ui.AtlasViewModel;
import org.kordamp.ikonli.javafx.FontIcon;

/** The ☆ menu on the timeline: one click to each {@link KeyMoments key moment}. */
final class KeyMomentsButton {

    private KeyMomentsButton() {
    }

    static MenuButton create(AtlasViewModel vm) {
        Texts t = vm.texts();
        MenuButton button = new MenuButton(null, new FontIcon("mdi2s-star-outline"));
        button.setId("key-moments");
        button.setTooltip(new Tooltip(t.get("timeline.moments")));
        button.setOnShowing(e -> {
            button.getItems().clear();
            for (KeyMomentItem moment : KeyMoments.menu(vm.atlas(), vm.today(), t)) {
                MenuItem item = new MenuItem(moment.label() + " \u2014 " + t.date(moment.day()));
                item.setOnAction(x -> vm.setDate(moment.day()));
                button.getItems().add(item);
            }
        });
        button.getItems().add(new MenuItem("\u2026"));
        return button;
    }
}
