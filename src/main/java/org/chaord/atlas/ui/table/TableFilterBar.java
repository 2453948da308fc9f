package org.chaord.atlas.ui.table;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.model.StatusClass;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The table's filters: free text (name or ISO3, accents ignored), region, group, status. Each sends the changed
 * filter to the model; the choices follow the data and the view (a choice of "any" first).
 */
final class TableFilterBar extends HBox {

    private final StateTableViewModel model;
    private final TextField text = new TextField();
    private final ComboBox<Choice<String>> region = new ComboBox<>();
    private final ComboBox<Choice<String>> group = new ComboBox<>();
    private final ComboBox<Choice<StatusClass>> status = new ComboBox<>();
    private boolean filling;
    private final InvalidationListener refill = x -> fill(); // held here, listened to weakly (language switch)

    TableFilterBar(StateTableViewModel model) {
        super(6);
        this.model = model;
        getStyleClass().add("table-filters");
        Texts t = model.texts();
        text.setId("table-search");
        text.setPromptText(t.get("table.search"));
        text.setPrefColumnCount(12);
        text.setText(model.filter().text());
        text.textProperty().addListener((o, a, now) -> model.setFilter(model.filter().withText(now)));
        region.setId("table-region");
        group.setId("table-group");
        status.setId("table-status");
        region.setOnAction(e -> send(() -> model.setFilter(model.filter().withRegion(valueOf(region)))));
        group.setOnAction(e -> send(() -> model.setFilter(model.filter().withGroup(valueOf(group)))));
        status.setOnAction(e -> send(() -> model.setFilter(model.filter().withStatus(valueOf(status)))));
        region.setPrefWidth(150);
        group.setPrefWidth(170);
        status.setPrefWidth(170);
        getChildren().addAll(text, region, group, status);
        model.basisProperty().addListener(new WeakInvalidationListener(refill));
        model.filterProperty().addListener(new WeakInvalidationListener(refill));
        fill();
    }

    private void send(Runnable command) {
        if (!filling) {
            command.run();
        }
    }

    /** The choices for the data and view now, the model's filter shown. */
    void fill() {
        Texts t = model.texts();
        filling = true;
        try {
            choices(region, model.regions(), model.filter().region(), r -> TableLines.regionName(t, r),
                    t.get("table.anyRegion"));
            choices(group, model.groups(), model.filter().group(), t::groupName, t.get("table.anyGroup"));
            choices(status, model.statuses(), model.filter().status(),
                    s -> t.className(model.viewShown(), s), t.get("table.anyStatus"));
        } finally {
            filling = false;
        }
    }

    /** One choice of a filter box: a value, or null for "any", with its words. */
    record Choice<T>(T value, String words) {
        @Override
        public String toString() {
            return words;
        }
    }

    private static <T> void choices(ComboBox<Choice<T>> box, List<T> values, T chosen, Function<T, String> words,
                                    String any) {
        List<Choice<T>> items = new ArrayList<>();
        items.add(new Choice<>(null, any));
        values.forEach(v -> items.add(new Choice<>(v, words.apply(v))));
        if (!items.equals(box.getItems())) {
            box.getItems().setAll(items);
        }
        Choice<T> shown = items.stream().filter(c -> Objects.equals(c.value(), chosen)).findFirst().orElse(items.get(0));
        if (!shown.equals(box.getValue())) {
            box.setValue(shown);
        }
    }

    private static <T> T valueOf(ComboBox<Choice<T>> box) {
        return box.getValue() == null ? null : box.getValue().value();
    }
}
