package org.chaord.atlas.ui;

import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.TreatyId;
import org.chaord.atlas.render.Texts;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The story's turning points, one click away on the timeline: openings, entries into force, Hanoi, today. */
final class KeyMoments {

    private final AtlasViewModel vm;

    KeyMoments(AtlasViewModel vm) {
        this.vm = vm;
    }

    /** Moments known from the data where it has them (treaty dates), else the treaties' published dates. */
    Map<String, LocalDate> moments() {
        Map<String, LocalDate> m = new LinkedHashMap<>();
        Atlas atlas = vm.atlas();
        m.put("moment.budapestOpened", LocalDate.of(2001, 11, 23));
        m.put("moment.budapestInForce", LocalDate.of(2004, 7, 1));
        m.put("moment.unccAdopted", LocalDate.of(2024, 12, 24));
        m.put("moment.hanoi", LocalDate.of(2025, 10, 26));
        LocalDate unccInForce = atlas == null ? null : atlas.history().treatyInForce(TreatyId.UNCC);
        if (unccInForce != null) {
            m.put("moment.unccInForce", unccInForce);
        }
        m.put("moment.today", vm.today());
        return m;
    }

    MenuButton button() {
        Texts t = vm.texts.get();
        MenuButton button = new MenuButton(null, new FontIcon("mdi2s-star-outline"));
        button.setId("key-moments");
        button.setTooltip(new javafx.scene.control.Tooltip(t.get("timeline.moments")));
        button.setOnShowing(e -> {
            button.getItems().clear();
            moments().forEach((key, day) -> {
                MenuItem item = new MenuItem(t.get(key) + " \u2014 " + t.date(day));
                item.setOnAction(x -> vm.date.set(vm.clamp(day)));
                button.getItems().add(item);
            });
        });
        button.getItems().add(new MenuItem("\u2026"));
        return button;
    }
}
