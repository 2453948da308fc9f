package org.chaord.atlas.ui.panel;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.chaord.atlas.i18n.Languages;
import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.model.StatusClass;
import org.chaord.atlas.render.LegendEntry;
import org.chaord.atlas.render.MapScene;
import org.chaord.atlas.ui.AtlasViewModel;
import org.chaord.atlas.ui.internal.RightToLeftLines;
import org.chaord.atlas.ui.internal.Subscriptions;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The legend of the scene on the map: its rows (class, colour, count), the tracker line of a treaty not yet in force and the
 * outlined group, all as the scene composed them. A new day only changes the numbers; the rows are built again when
 * the view, palette, language or outlined group change. Hovering a row outlines its countries.
 */
public final class LegendView extends VBox {

    /** An Arabic legend line's width in ems: about the 290 px of the left-to-right legend at 13 px. */
    private static final double LINE_EMS = 20;
    private final AtlasViewModel vm;
    private final Label title = new Label();
    private final Label tracker = new Label();
    private final Label asOf = new Label();
    private final Label uncertain = new Label();
    private final HBox uncertainRow = new HBox(8, HatchSwatch.create(), uncertain);
    private final Map<StatusClass, Label> countLabels = new EnumMap<>(StatusClass.class);
    private MapScene shown;

    public LegendView(AtlasViewModel vm, Subscriptions listening) {
        this.vm = vm;
        setId("legend");
        getStyleClass().add("legend");
        setSpacing(2);
        tracker.setId("tracker");
        tracker.getStyleClass().add("tracker");
        tracker.setWrapText(true);
        asOf.setId("legend-asof");
        asOf.getStyleClass().add("as-of-note");
        asOf.setWrapText(true);
        uncertain.setId("legend-uncertain");
        uncertain.getStyleClass().add("uncertain-note");
        uncertain.setWrapText(true);
        uncertainRow.setAlignment(Pos.CENTER_LEFT);
        uncertainRow.getStyleClass().add("legend-row");
        listening.onInvalid(vm.sceneProperty(), () -> show(vm.scene())); // each new scene (records compare deeply: not with equals)
        show(vm.scene());
    }

    private void show(MapScene scene) {
        if (scene == null || scene == shown) {
            return;
        }
        if (shown != null && sameRows(shown, scene)) {
            for (LegendEntry e : scene.legend()) {
                Label count = countLabels.get(e.statusClass());
                if (count != null) {
                    count.setText(String.valueOf(e.count()));
                }
            }
            tracker.setText(scene.trackerLine());
            setLine(title, scene.title(), isRightToLeft(scene)); // a change map's title names its two dates
        } else {
            rebuild(scene);
        }
        showNotes(scene);
        shown = scene;
    }

    /** The hatching's line with its count, and the as-of note past the data's as-of date; hidden when empty. */
    private void showNotes(MapScene scene) {
        setLine(uncertain, scene.uncertainLine(), isRightToLeft(scene));
        setLine(asOf, scene.asOfLine(), isRightToLeft(scene));
        for (javafx.scene.Node n : new javafx.scene.Node[] {uncertainRow, asOf}) {
            boolean on = n == asOf ? !scene.asOfLine().isEmpty() : !scene.uncertainLine().isEmpty();
            n.setVisible(on);
            n.setManaged(on);
        }
    }

    private static boolean sameRows(MapScene a, MapScene b) {
        return a.request().view().equals(b.request().view()) && a.palette() == b.palette()
                && a.request().texts().equals(b.request().texts())
                && java.util.Objects.equals(a.request().highlightedGroup(), b.request().highlightedGroup())
                && labels(a.legend()).equals(labels(b.legend())) && a.notes().equals(b.notes());
    }

    private static List<String> labels(List<LegendEntry> legend) {
        return legend.stream().map(LegendEntry::label).toList();
    }

    private void rebuild(MapScene scene) {
        Texts t = scene.request().texts();
        boolean rtl = Languages.isRightToLeft(t.locale());
        setStyle(rtl ? "-fx-pref-width: -1;" : ""); // Arabic lines are broken by RightToLeftLines: they set the width
        getChildren().clear();
        countLabels.clear();
        setLine(title, scene.title(), rtl);
        title.setId("legend-title");
        title.getStyleClass().setAll("label", "legend-title");
        title.setWrapText(!rtl);
        getChildren().addAll(title, asOf);
        asOf.setWrapText(!rtl);
        uncertain.setWrapText(!rtl);
        for (LegendEntry e : scene.legend()) {
            getChildren().add(row(e, rtl));
        }
        getChildren().add(uncertainRow);
        for (String note : scene.notes()) { // an organisation's act (the EU), which no shape on the map shows
            Label line = new Label(note);
            line.getStyleClass().add("legend-note");
            line.setWrapText(!rtl);
            getChildren().add(line);
        }
        tracker.setText(scene.trackerLine());
        if (!scene.trackerLine().isEmpty()) { // a treaty still counting instruments towards entry into force
            getChildren().add(tracker);
        }
        String group = scene.request().highlightedGroup();
        if (group != null) {
            Label outlined = new Label(t.get("legend.outlined", t.groupName(group)));
            outlined.setId("legend-outlined");
            outlined.getStyleClass().add("legend-outlined");
            getChildren().add(outlined);
        }
    }

    private static boolean isRightToLeft(MapScene scene) {
        return Languages.isRightToLeft(scene.request().texts().locale());
    }

    /** Wrapped by JavaFX left to right; broken into lines within a width in ems right to left (see RightToLeftLines). */
    private static void setLine(Label label, String text, boolean rtl) {
        if (rtl) {
            RightToLeftLines.show(label, text, LINE_EMS);
        } else {
            label.setText(text);
        }
    }

    private HBox row(LegendEntry e, boolean rtl) {
        int argb = e.argb();
        // A region, not a rectangle: its size comes from the stylesheet and grows in presentation mode.
        Region swatch = new Region();
        swatch.getStyleClass().add("swatch");
        swatch.setBackground(new Background(new BackgroundFill(
                Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF), null, null)));
        Label name = new Label();
        // JavaFX 21 draws wrapped right-to-left labels with repeated words: Arabic lines are broken here instead.
        name.setWrapText(!rtl);
        setLine(name, e.label(), rtl);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        boolean counted = e.count() >= 0;
        Label number = new Label(counted ? String.valueOf(e.count()) : "");
        number.getStyleClass().add("legend-count");
        number.setId("count-" + e.statusClass().name());
        if (counted) {
            countLabels.put(e.statusClass(), number);
        }
        HBox row = new HBox(8, swatch, name, spacer, number);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("legend-row");
        row.setId("legend-" + e.statusClass().name());
        StatusClass cls = e.statusClass();
        row.setOnMouseEntered(x -> vm.marks().highlightClass(cls, true));
        row.setOnMouseExited(x -> vm.marks().highlightClass(cls, false));
        return row;
    }
}
