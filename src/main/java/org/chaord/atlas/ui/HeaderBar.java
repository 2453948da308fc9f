package org.chaord.atlas.ui;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import org.chaord.atlas.geo.ProjectionKind;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.Country;
import org.chaord.atlas.model.View;
import org.chaord.atlas.render.Palette;
import org.chaord.atlas.render.RegionPreset;
import org.chaord.atlas.render.Texts;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/** The header: view, country search, projection, palette, region presets and the data-problems button. */
final class HeaderBar extends ToolBar {

    final ComboBox<View> viewBox = new ComboBox<>();
    final TextField search = new TextField();
    final ComboBox<ProjectionKind> projectionBox = new ComboBox<>();
    final ComboBox<Palette> paletteBox = new ComboBox<>();
    final MenuButton regions = new MenuButton();
    final Button problems = new Button();
    private final AtlasViewModel vm;
    private final Map<String, String> isoByName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    final Button export = new Button();

    HeaderBar(AtlasViewModel vm, Consumer<RegionPreset> onRegion, Consumer<String> onFound, Runnable onProblems,
              Runnable onExport) {
        this.vm = vm;
        setId("header");
        Texts t = vm.texts.get();
        Label title = new Label(t.get("app.title"));
        title.getStyleClass().add("app-title");
        viewBox.setId("view-box");
        viewBox.getItems().setAll(views());
        vm.data.addListener(x -> refreshViews());
        viewBox.valueProperty().bindBidirectional(vm.view);
        viewBox.setConverter(Labels.of(v -> vm.atlas() == null ? vm.texts.get().viewShortName(v)
                : vm.texts.get().withTreaties(vm.atlas().treaties()).viewShortName(v)));
        viewBox.setTooltip(new Tooltip(t.get("view.tooltip")));
        search.setId("search");
        search.setPromptText(t.get("search.prompt"));
        search.setPrefColumnCount(16);
        search.setOnAction(e -> find(onFound));
        TextFields.bindAutoCompletion(search, req -> req.getUserText().isBlank() ? List.<String>of()
                : isoByName.keySet().stream()
                .filter(n -> n.toLowerCase(Locale.ROOT).contains(req.getUserText().toLowerCase(Locale.ROOT)))
                .limit(12).toList()).setOnAutoCompleted(e -> find(onFound));
        projectionBox.setId("projection-box");
        projectionBox.getItems().addAll(ProjectionKind.values());
        projectionBox.valueProperty().bindBidirectional(vm.projection);
        projectionBox.setConverter(Labels.of(p -> t.get("projection." + p.id())));
        paletteBox.setId("palette-box");
        paletteBox.getItems().addAll(Palette.values());
        paletteBox.valueProperty().bindBidirectional(vm.palette);
        paletteBox.setConverter(Labels.of(p -> t.get("palette." + p.name())));
        regions.setId("regions");
        regions.setGraphic(new FontIcon("mdi2e-earth"));
        regions.setText(t.get("region.world"));
        for (RegionPreset r : RegionPreset.values()) {
            MenuItem item = new MenuItem(t.get("region." + r.id()));
            item.setId("region-" + r.id());
            item.setOnAction(e -> {
                regions.setText(item.getText());
                onRegion.accept(r);
            });
            regions.getItems().add(item);
        }
        problems.setId("problems");
        problems.setGraphic(new FontIcon("mdi2a-alert-outline"));
        problems.getStyleClass().add("warning-button");
        problems.setOnAction(e -> onProblems.run());
        problems.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.problems));
        problems.managedProperty().bind(problems.visibleProperty());
        problems.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> t.get("problems.count", vm.problems.size()), vm.problems));
        export.setId("export");
        export.setGraphic(new FontIcon("mdi2e-export-variant"));
        export.setText(t.get("export.export"));
        export.setTooltip(new Tooltip(t.get("menu.export") + " (Ctrl+E)"));
        export.setOnAction(e -> onExport.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getItems().addAll(title, new Separator(), viewBox, search, spacer, problems, regions, projectionBox, paletteBox,
                export);
        vm.data.addListener(x -> indexNames());
        indexNames();
    }

    /** The loaded data's views (every treaty, the default pair, which framework); the four treaties before loading. */
    private List<View> views() {
        return vm.atlas() != null ? vm.atlas().views()
                : List.of(View.UNCC, View.ETS185, View.ETS189, View.CETS224, View.COMPARISON);
    }

    /** New data, new views: the list is replaced, the view kept when the data still have it. */
    private void refreshViews() {
        View current = vm.view.get();
        List<View> views = views();
        // unbound while the items change: the combo clears its value meanwhile, and the view must never be null
        viewBox.valueProperty().unbindBidirectional(vm.view);
        viewBox.getItems().setAll(views);
        vm.view.set(views.contains(current) || views.isEmpty() ? current : views.get(0));
        viewBox.valueProperty().bindBidirectional(vm.view);
    }

    private void indexNames() {
        isoByName.clear();
        Atlas atlas = vm.atlas();
        if (atlas == null) {
            return;
        }
        for (Country c : atlas.countries().values()) {
            isoByName.put(vm.texts.get().countryName(c.iso3(), c.name()), c.iso3());
            isoByName.putIfAbsent(c.name(), c.iso3());
        }
    }

    private void find(Consumer<String> onFound) {
        String text = search.getText().trim();
        String iso3 = isoByName.get(text);
        if (iso3 == null) {
            iso3 = isoByName.entrySet().stream().filter(e -> e.getKey().toLowerCase(Locale.ROOT)
                    .startsWith(text.toLowerCase(Locale.ROOT))).map(Map.Entry::getValue).findFirst().orElse(null);
        }
        if (iso3 != null) {
            search.clear(); // also empties the completion list, so its popup closes
            onFound.accept(iso3);
        }
    }
}
