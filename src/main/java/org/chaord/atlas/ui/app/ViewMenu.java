package org.chaord.atlas.ui.app;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.Treaty;
import org.chaord.atlas.model.TreatyFamily;
import org.chaord.atlas.model.TreatyId;
import org.chaord.atlas.model.View;
import org.chaord.atlas.ui.AtlasViewModel;
import org.chaord.atlas.ui.internal.Subscriptions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The view chooser: the data's treaties grouped by family (United Nations, Council of Europe, African Union …), the
 * default comparison and "which framework", and "Compare two treaties" for any pair. Built again for new data.
 */
final class ViewMenu extends MenuButton {

    private final AtlasViewModel vm;
    private final ToggleGroup shown = new ToggleGroup();

    ViewMenu(AtlasViewModel vm, Subscriptions listening) {
        this.vm = vm;
        setId("view-box");
        setTooltip(new Tooltip(vm.texts().get("view.tooltip")));
        listening.onInvalid(vm.dataProperty(), this::rebuild);
        listening.onInvalid(vm.viewProperty(), this::showCurrent);
        rebuild();
    }

    private Texts texts() {
        Atlas atlas = vm.atlas();
        return atlas == null ? vm.texts() : vm.texts().withTreaties(atlas.treaties());
    }

    private void rebuild() {
        Texts t = texts();
        getItems().clear();
        shown.getToggles().clear();
        List<View> offered = vm.views();
        Map<TreatyFamily, List<View>> byFamily = new LinkedHashMap<>();
        List<View> others = new ArrayList<>();
        for (View v : offered) {
            TreatyFamily family = family(v);
            if (family == null) {
                others.add(v);
            } else {
                byFamily.computeIfAbsent(family, f -> new ArrayList<>()).add(v);
            }
        }
        byFamily.forEach((family, views) -> {
            MenuItem header = new MenuItem(t.familyName(family));
            header.setDisable(true);
            header.getStyleClass().add("view-family");
            getItems().add(header);
            views.forEach(v -> getItems().add(choice(v, t)));
        });
        getItems().add(new SeparatorMenuItem());
        others.forEach(v -> getItems().add(choice(v, t)));
        List<TreatyId> ids = vm.atlas() == null ? List.of() : vm.atlas().treatyIds();
        if (ids.size() >= 2) {
            getItems().add(pairChooser(ids, t));
        }
        showCurrent();
    }

    private TreatyFamily family(View v) {
        Treaty treaty = v.kind() == View.Kind.TREATY && vm.atlas() != null ? vm.atlas().treaties().get(v.treaty()) : null;
        return treaty == null ? null : treaty.family();
    }

    private RadioMenuItem choice(View v, Texts t) {
        RadioMenuItem item = new RadioMenuItem(t.viewShortName(v));
        item.setId("view-" + v.name());
        item.setUserData(v);
        item.setToggleGroup(shown);
        item.setOnAction(e -> vm.setView(v));
        return item;
    }

    /** Compare two treaties ▸ first treaty ▸ × second treaty: any pair of the data's treaties. */
    private Menu pairChooser(List<TreatyId> ids, Texts t) {
        Menu compare = new Menu(t.get("view.compareTwo"));
        compare.setId("view-compare");
        for (TreatyId first : ids) {
            Menu firstMenu = new Menu(t.treatyShortName(first) + " \u00d7 \u2026"); // "Malabo (AU) × …"
            for (TreatyId second : ids) {
                if (!second.equals(first)) {
                    View pair = View.pair(first, second);
                    MenuItem item = new MenuItem("\u00d7 " + t.treatyShortName(second));
                    item.setId("view-" + pair.name());
                    item.setOnAction(e -> vm.setView(pair));
                    firstMenu.getItems().add(item);
                }
            }
            compare.getItems().add(firstMenu);
        }
        return compare;
    }

    /** The button names the view shown; its radio item is ticked (none for a pair chosen from the submenu). */
    private void showCurrent() {
        View v = vm.view();
        setText(texts().viewShortName(v));
        shown.selectToggle(shown.getToggles().stream().filter(x -> v.equals(x.getUserData())).findFirst().orElse(null));
    }
}
