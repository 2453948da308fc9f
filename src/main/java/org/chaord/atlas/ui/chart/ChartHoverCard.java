package org.chaord.atlas.ui.chart;

import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.Country;
import org.chaord.atlas.model.PartiesSeries;
import org.chaord.atlas.model.StateChange;

import java.util.List;

/** The small box under the pointer: the day, each series' count on it, and who moved that day (the first few). */
final class ChartHoverCard extends VBox {

    /** More names than this would cover the chart; the rest are counted. */
    static final int NAMES_SHOWN = 8;

    ChartHoverCard() {
        super(2);
        setId("chart-hover");
        getStyleClass().addAll("hover-card", "chart-hover");
        setMouseTransparent(true);
        setVisible(false);
        setManaged(false);
    }

    void show(ChartHover h, Atlas atlas, Texts t) {
        getChildren().clear();
        Label day = label(t.longDate(h.day()), "chart-hover-day");
        day.setStyle("-fx-font-weight: bold;");
        GridPane counts = new GridPane();
        counts.setHgap(10);
        int row = 0;
        for (PartiesSeries s : PartiesSeries.ALL) {
            counts.addRow(row++, label(t.get("chart.series." + s.name()), null),
                    label(Integer.toString(h.count(s)), "chart-hover-count-" + s.name()));
        }
        getChildren().addAll(day, counts);
        List<StateChange> moved = h.moved();
        if (!moved.isEmpty()) {
            getChildren().add(label(t.get("chart.moved", moved.size()), "chart-hover-moved"));
            StringBuilder names = new StringBuilder();
            for (StateChange c : moved.subList(0, Math.min(NAMES_SHOWN, moved.size()))) {
                Country country = atlas.countries().get(c.iso3());
                String name = t.countryName(c.iso3(), country == null ? c.iso3() : country.name());
                names.append(names.length() == 0 ? "" : "\n").append(name).append(": ")
                        .append(t.get("change." + c.change().name()));
            }
            if (moved.size() > NAMES_SHOWN) {
                names.append('\n').append(t.get("chart.movedMore", moved.size() - NAMES_SHOWN));
            }
            getChildren().add(label(names.toString(), "chart-hover-names"));
        }
        setVisible(true);
        autosize();
    }

    void hide() {
        setVisible(false);
    }

    private static Label label(String text, String id) {
        Label l = new Label(text);
        l.getStyleClass().add("chart-hover-text");
        if (id != null) {
            l.setId(id);
        }
        return l;
    }
}
