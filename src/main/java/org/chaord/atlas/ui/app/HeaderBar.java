package org.chaord.atlas.ui.app;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.chaord.atlas.geo.ProjectionKind;
import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.Country;
import org.chaord.atlas.render.Palette;
import org.chaord.atlas.render.RegionPreset;
import org.chaord.atlas.ui.AtlasViewModel;
import org.chaord.atlas.ui.internal.Labels;
import org.chaord.atlas.ui.internal.Subscriptions;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The header: view, country search, projection, palette, region presets, the data-problems and export buttons. */
final class HeaderBar extends ToolBar {

    /**
     * The widest the projection and palette boxes get: every language's default choice fits (French and Spanish
     * "default colours" take ~230 px), a longer name (the plate carrée in Russian) shows cut short in the box and in
     * full in its list.
     */
    static final double CHOICE_MAX_WIDTH = 235;

    /**
     * A box whose preferred width itself is capped, not only its width: the tool bar moves whatever its items prefer
     * beyond its width into its overflow menu, which in Russian took the export button.
     */
    private static <T> ComboBox<T> cappedBox() {
        return new ComboBox<>() {
            @Override
            protected double computePrefWidth(double height) {
                return Math.min(super.computePrefWidth(height), CHOICE_MAX_WIDTH);
            }
        };
    }

    private final AtlasViewModel vm;
    private final TextField search = new TextField();
    private final Map<String, String> isoByName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    HeaderBar(AtlasViewModel vm, Runnable onExport, Subscriptions listening) {
        this.vm = vm;
        setId("header");
        Texts t = vm.texts();
        Label title = new Label(t.get("app.title"));
        title.getStyleClass().add("app-title");
        ViewMenu viewBox = new ViewMenu(vm, listening);
        search.setId("search");
        search.setPromptText(t.get("search.prompt"));
        search.setPrefColumnCount(16);
        search.setOnAction(e -> find());
        var completion = TextFields.bindAutoCompletion(search, req -> req.getUserText().isBlank() ? List.<String>of()
                : isoByName.keySet().stream()
                .filter(n -> n.toLowerCase(Locale.ROOT).contains(req.getUserText().toLowerCase(Locale.ROOT)))
                .limit(12).toList());
        completion.setOnAutoCompleted(e -> find());
        // ControlsFX styles this popup after Modena and looks up Modena's colours, which AtlantaFX does not define
        // (JavaFX warns on stderr whenever the list opens): name them on the popup itself
        completion.getAutoCompletionPopup().setStyle("-fx-color: #ffffff; -fx-control-inner-background: #ffffff; "
                + "-fx-selection-bar-non-focused: #eaeef2; -fx-selection-bar: #ddf4ff; -fx-accent: #ddf4ff;");
        ComboBox<ProjectionKind> projectionBox = cappedBox();
        projectionBox.setId("projection-box");
        projectionBox.getItems().addAll(ProjectionKind.values());
        projectionBox.setConverter(Labels.of(p -> t.get("projection." + p.id())));
        listening.twoWay(vm.looks().projectionProperty(), projectionBox.valueProperty(), vm.looks()::setProjection);
        ComboBox<Palette> paletteBox = cappedBox();
        paletteBox.setId("palette-box");
        paletteBox.getItems().addAll(Palette.values());
        paletteBox.setConverter(Labels.of(p -> t.get("palette." + p.name())));
        listening.twoWay(vm.looks().paletteProperty(), paletteBox.valueProperty(), vm.looks()::setPalette);
        MenuButton regions = new MenuButton(t.get("region.world"), new FontIcon("mdi2e-earth"));
        regions.setId("regions");
        for (RegionPreset r : RegionPreset.values()) {
            MenuItem item = new MenuItem(t.get("region." + r.id()));
            item.setId("region-" + r.id());
            item.setOnAction(e -> {
                regions.setText(item.getText());
                vm.showRegion(r);
            });
            regions.getItems().add(item);
        }
        Button problems = new Button(null, new FontIcon("mdi2a-alert-outline"));
        problems.setId("problems");
        problems.getStyleClass().add("warning-button");
        problems.setOnAction(e -> ProblemsDialog.show(getScene().getWindow(), vm.problems(), vm.texts()));
        problems.visibleProperty().bind(Bindings.isNotEmpty(vm.problems()));
        problems.managedProperty().bind(problems.visibleProperty());
        problems.textProperty().bind(Bindings.createStringBinding(
                () -> t.get("problems.count", vm.problems().size()), vm.problems()));
        Button export = new Button(t.get("export.export"), new FontIcon("mdi2e-export-variant"));
        export.setId("export");
        String keys = KeyBindings.accelerator(AppAction.EXPORT).map(KeyCombination::getDisplayText).orElse("");
        export.setTooltip(new Tooltip(t.get("menu.export") + (keys.isEmpty() ? "" : " (" + keys + ")")));
        export.setOnAction(e -> onExport.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getItems().addAll(title, new Separator(), viewBox, search, spacer, problems, regions, projectionBox, paletteBox,
                export);
        listening.onInvalid(vm.dataProperty(), this::indexNames);
        indexNames();
    }

    /** Ctrl+F: the search field takes the keys. */
    void focusSearch() {
        search.requestFocus();
    }

    private void indexNames() {
        isoByName.clear();
        Atlas atlas = vm.atlas();
        if (atlas == null) {
            return;
        }
        for (Country c : atlas.countries().values()) {
            isoByName.put(vm.texts().countryName(c.iso3(), c.name()), c.iso3());
            isoByName.putIfAbsent(c.name(), c.iso3());
        }
    }

    /** Selects and zooms to the country typed (or the first one starting so). */
    private void find() {
        String text = search.getText().trim();
        String iso3 = isoByName.get(text);
        if (iso3 == null) {
            iso3 = isoByName.entrySet().stream().filter(e -> e.getKey().toLowerCase(Locale.ROOT)
                    .startsWith(text.toLowerCase(Locale.ROOT))).map(Map.Entry::getValue).findFirst().orElse(null);
        }
        if (iso3 != null) {
            search.clear(); // also empties the completion list, so its popup closes
            vm.showCountry(iso3);
            getScene().lookup("#map").requestFocus(); // closes the completion list; the presenter's keys work again
        }
    }
}
