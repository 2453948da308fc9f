package org.chaord.atlas.ui.chart;

import javafx.geometry.NodeOrientation;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.chaord.atlas.i18n.Languages;
import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.ChangeClass;
import org.chaord.atlas.model.Country;
import org.chaord.atlas.model.PartiesSeries;
import org.chaord.atlas.model.StateChange;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The small box under the pointer: the day, each series' count on it, and who moved that day (the first few). */
final class ChartHoverCard extends VBox {

    /** More names than this would cover the chart; the rest are counted. */
    static final int NAMES_SHOWN = 6;
    private static final int NAMES_A_LINE = 3;

    ChartHoverCard() {
        super(2);
        setId("chart-hover");
        getStyleClass().addAll("hover-card", "parties-hover");
        setMouseTransparent(true);
        setVisible(false);
        setManaged(false);
    }

    void show(ChartHover h, Atlas atlas, Texts t) {
        getChildren().clear();
        boolean rtl = Languages.isRightToLeft(t.locale());
        // the chart's canvas is left to right (its time axis); the words in the box read in the interface's direction
        setNodeOrientation(rtl ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
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
            // one line per kind of move, its first names: a ceremony day moves dozens of states
            Map<ChangeClass, List<String>> byChange = new EnumMap<>(ChangeClass.class);
            for (StateChange c : moved) {
                Country country = atlas.countries().get(c.iso3());
                byChange.computeIfAbsent(c.change(), k -> new ArrayList<>())
                        .add(t.countryName(c.iso3(), country == null ? c.iso3() : country.name()));
            }
            // lines of a few names each, not wrapped: JavaFX 21 repeats words when it wraps right-to-left text
            String comma = rtl ? "\u060c " : ", ";
            StringBuilder names = new StringBuilder();
            byChange.forEach((change, list) -> {
                names.append(names.length() == 0 ? "" : "\n").append(t.get("change." + change.name())).append(':');
                List<String> shown = list.subList(0, Math.min(NAMES_SHOWN, list.size()));
                for (int i = 0; i < shown.size(); i += NAMES_A_LINE) {
                    names.append('\n').append(String.join(comma, shown.subList(i, Math.min(shown.size(), i + NAMES_A_LINE))));
                }
                if (list.size() > NAMES_SHOWN) {
                    names.append(' ').append(t.get("chart.movedMore", list.size() - NAMES_SHOWN));
                }
            });
            Label list = label(names.toString(), "chart-hover-names");
            getChildren().add(list);
        }
        setVisible(true);
        applyCss(); // new labels: styled before they are measured, else the card is sized for empty text
        autosize();
    }

    void hide() {
        setVisible(false);
    }

    private static Label label(String text, String id) {
        Label l = new Label(text);
        l.getStyleClass().add("parties-hover-text");
        if (id != null) {
            l.setId(id);
        }
        return l;
    }
}
