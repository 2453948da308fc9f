package org.chaord.atlas.ui.panel;

import javafx.application.HostServices;
import javafx.beans.Observable;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.Country;
import org.chaord.atlas.model.IndicatorDataset;
import org.chaord.atlas.model.StatusEvent;
import org.chaord.atlas.model.TreatyFamily;
import org.chaord.atlas.model.TreatyId;
import org.chaord.atlas.model.TreatyStatus;
import org.chaord.atlas.model.View;
import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.render.FigureNotes;
import org.chaord.atlas.ui.AtlasViewModel;
import org.chaord.atlas.ui.CountryDescriptions;
import org.chaord.atlas.ui.internal.Subscriptions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The selected country's record: status under each treaty with dates and sources, groups, indicator rows. */
public final class SidePanel extends ScrollPane {

    private final AtlasViewModel vm;
    private final SourceOpener sources;
    private final VBox content = new VBox(6);

    public SidePanel(AtlasViewModel vm, HostServices host, Subscriptions listening) {
        this.vm = vm;
        this.sources = new SourceOpener(uri -> {
            if (host != null) {
                host.showDocument(uri.toString());
            }
        });
        setId("side-panel");
        getStyleClass().add("side-panel");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        content.getStyleClass().add("side-content");
        setContent(content);
        // the skin keeps the viewport as a bitmap, which pays off only for content that stays put: this one is
        // rebuilt at every date step while a country is selected, and the bitmap is another 0.9 MB of heap
        skinProperty().addListener((o, was, skin) -> {
            Node viewport = lookup(".viewport");
            if (viewport != null) {
                viewport.setCache(false);
            }
        });
        for (Observable o : new Observable[] {vm.marks().selectedProperty(), vm.textsProperty(), vm.dataProperty(),
            vm.viewProperty(), vm.looks().paletteProperty()}) { // the sparklines follow the view and the palette
            listening.onInvalid(o, this::rebuild);
        }
        for (Observable o : new Observable[] {vm.dateProperty(), vm.compare().changesProperty()}) {
            listening.onInvalid(o, () -> {
                if (vm.selected() != null) {
                    rebuild();
                }
            });
        }
        rebuild();
    }

    private void rebuild() {
        content.getChildren().clear();
        Atlas atlas = vm.atlas();
        String iso3 = vm.selected();
        Texts t = atlas == null ? vm.texts() : vm.texts().withTreaties(atlas.treaties());
        if (atlas == null || iso3 == null || !atlas.countries().containsKey(iso3)) {
            Label hint = new Label(t.get("panel.hint"));
            hint.setWrapText(wraps());
            hint.getStyleClass().add("hint");
            content.getChildren().add(hint);
            return;
        }
        Country c = atlas.countries().get(iso3);
        Label name = new Label(CountryDescriptions.name(vm, iso3));
        name.setId("panel-name");
        name.getStyleClass().add("panel-name");
        name.setWrapText(wraps());
        content.getChildren().add(name);
        String standing = CountryDescriptions.standing(vm, c);
        content.getChildren().add(small((standing != null ? standing + " \u00b7 " : "") + c.iso3()
                + (c.subregion().isEmpty() ? "" : " \u00b7 " + t.subregionName(c.subregion()))));
        if (vm.compare().changes() != null) { // compare mode: the country's move From → To comes first
            content.getChildren().addAll(ChangesSection.of(vm.compare().changes(), iso3, t, sources));
        }
        content.getChildren().add(small(t.get("panel.statusOn", t.date(vm.date()))));
        for (String acted : FigureNotes.memberLines(atlas, vm.view(), vm.date(), t, iso3)) { // the EU, as a party
            Label line = small(acted);
            line.setId("panel-organisation");
            content.getChildren().add(line);
        }
        content.getChildren().add(new CountryStory(vm, iso3, t, wraps())); // a sparkline per treaty of the view
        TreatyFamily family = null;
        for (TreatyId treaty : byFamily(atlas)) {
            TreatyFamily f = atlas.treaties().get(treaty).family();
            if (f != family) { // the treaties of one organisation under its name
                family = f;
                Label familyLabel = small(t.familyName(f));
                familyLabel.getStyleClass().add("panel-family");
                content.getChildren().add(familyLabel);
            }
            addTreaty(atlas, iso3, treaty, t);
        }
        List<String> groups = atlas.groupsOf(iso3, vm.date());
        if (!groups.isEmpty()) {
            content.getChildren().add(heading(t.get("panel.groups")));
            Label g = new Label(String.join(" \u00b7 ", groups.stream().map(t::groupName).toList()));
            g.setWrapText(wraps());
            g.setId("panel-groups");
            content.getChildren().add(g);
        }
        for (IndicatorDataset d : atlas.indicators()) {
            List<String> row = d.rowOn(iso3, vm.date()); // a panel's row of the timeline's day
            if (row != null) {
                content.getChildren().add(heading(d.name()));
                for (int i = 0; i < d.columns().size(); i++) {
                    if (!d.columns().get(i).equals("iso3")) {
                        content.getChildren().add(small(d.columns().get(i) + ": " + (i < row.size() ? row.get(i) : "")));
                    }
                }
            }
        }
    }

    /** The treaties in treaties.csv order, those of one family together (in the order families first appear). */
    private static List<TreatyId> byFamily(Atlas atlas) {
        Map<TreatyFamily, List<TreatyId>> groups = new LinkedHashMap<>();
        for (TreatyId id : atlas.treatyIds()) {
            groups.computeIfAbsent(atlas.treaties().get(id).family(), f -> new ArrayList<>()).add(id);
        }
        return groups.values().stream().flatMap(List::stream).toList();
    }

    private void addTreaty(Atlas atlas, String iso3, TreatyId treaty, Texts t) {
        View view = View.of(treaty);
        content.getChildren().add(heading(t.viewName(view)));
        TreatyStatus status = atlas.history().statusOn(iso3, treaty, vm.date());
        Label line = new Label(CountryDescriptions.statusLine(t, view, status));
        line.setId("panel-status-" + treaty.name());
        line.getStyleClass().add("panel-status");
        line.setWrapText(wraps());
        content.getChildren().add(line);
        if (atlas.history().isUncertain(iso3, treaty, vm.date())) {
            Label uncertain = small(t.get("panel.uncertain"));
            uncertain.setId("panel-uncertain-" + treaty.name());
            content.getChildren().add(uncertain);
        }
        for (StatusEvent e : atlas.history().events(iso3, treaty)) {
            // an undated event is listed from its not_before on, with its interval ("between Apr 2008 and Jul 2017")
            if (e.effectiveDate().isAfter(vm.date()) && !e.isUncertainOn(vm.date())) {
                continue;
            }
            String text = t.get("event." + e.type().csvName()) + " \u2014 " + t.eventDate(e);
            Hyperlink source = new Hyperlink(text);
            source.setId("panel-event-" + treaty.name() + "-" + e.type().csvName());
            source.getStyleClass().add("event-link");
            source.setTooltip(new Tooltip(e.source() + (e.note() == null || e.note().isEmpty() ? "" : "\n" + e.note())));
            source.setOnAction(x -> sources.open(e.source()));
            content.getChildren().add(source);
        }
    }

    private Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("panel-heading");
        l.setWrapText(wraps());
        return l;
    }

    private Label small(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("panel-small");
        l.setWrapText(wraps());
        return l;
    }

    /** JavaFX 21 repeats words when it wraps right-to-left labels: Arabic lines are kept whole (and elided). */
    private boolean wraps() {
        return !"ar".equals(vm.texts().locale().getLanguage());
    }
}
