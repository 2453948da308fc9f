package org.chaord.atlas.ui.chart;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.chaord.atlas.export.ExportFormat;
import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.model.PartiesOverTime;
import org.chaord.atlas.model.TreatyId;
import org.chaord.atlas.ui.AtlasViewModel;
import org.chaord.atlas.ui.internal.UiThreads;
import org.chaord.atlas.ui.internal.Subscriptions;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;

/**
 * The chart pane below the map: a bar with the treaty chosen (when the view has more than one), what an export
 * said, and "Export chart…"; the chart itself below it.
 */
public final class ChartPane extends BorderPane {

    private final AtlasViewModel vm;
    private final ChartModel model;
    private final ChartCanvas canvas;
    private final ChartExporter exporter;
    private final HBox treaties = new HBox(2);
    private final ToggleGroup chosen = new ToggleGroup();

    public ChartPane(AtlasViewModel vm, UiThreads threads, Subscriptions listening) {
        this.vm = vm;
        this.model = vm.chart();
        this.canvas = new ChartCanvas(vm, model, threads.frames(), listening);
        this.exporter = new ChartExporter(threads);
        setId("chart-pane");
        getStyleClass().add("parties-pane");
        Texts t = vm.texts();
        Label status = new Label();
        status.setId("chart-export-status");
        status.getStyleClass().add("panel-small");
        status.textProperty().bind(exporter.messageProperty());
        status.setMinWidth(0);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        Button export = new Button(t.get("chart.export"));
        export.setId("chart-export");
        export.disableProperty().bind(model.chartProperty().isNull());
        export.setOnAction(e -> {
            PartiesOverTime chart = model.chart();
            if (chart != null) {
                exporter.choose(getScene().getWindow(), vm.atlas(), canvas.request(chart));
            }
        });
        treaties.setId("chart-treaties");
        treaties.setAlignment(Pos.CENTER_LEFT);
        HBox bar = new HBox(8, treaties, status, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(3, 8, 3, 8));
        bar.getStyleClass().add("parties-bar");
        setTop(bar);
        setCenter(canvas);
        setMinHeight(190); // bar and a plot still readable at 0.75 type; below that the map gives way
        listening.onInvalid(vm.viewProperty(), this::rebuildTreaties);
        listening.onInvalid(vm.dataProperty(), this::rebuildTreaties);
        listening.onInvalid(model.treatyProperty(), this::selectShown);
        rebuildTreaties();
    }

    /** One toggle per treaty of the view, shown only when there is a choice (a pair, "which framework"). */
    private void rebuildTreaties() {
        treaties.getChildren().clear();
        chosen.getToggles().clear();
        var ids = model.treaties();
        if (ids.size() < 2 || vm.atlas() == null) {
            treaties.setVisible(false);
            treaties.setManaged(false);
            return;
        }
        Texts t = vm.texts().withTreaties(vm.atlas().treaties());
        for (TreatyId id : ids) {
            ToggleButton b = new ToggleButton(t.treatyShortName(id));
            b.setId("chart-treaty-" + id.id());
            b.setUserData(id);
            b.setToggleGroup(chosen);
            b.setOnAction(e -> {
                model.chooseTreaty(id);
                selectShown(); // a second click on the chosen one keeps it chosen
            });
            treaties.getChildren().add(b);
        }
        treaties.setVisible(true);
        treaties.setManaged(true);
        selectShown();
    }

    private void selectShown() {
        chosen.getToggles().forEach(x -> x.setSelected(model.treaty() != null && model.treaty().equals(x.getUserData())));
    }

    /** Writes the chart on screen to {@code out} as "Export chart…" does, without asking where (tests). */
    public CompletableFuture<Path> exportTo(ExportFormat format, Path out) {
        PartiesOverTime chart = model.chart();
        if (chart == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("no chart on screen"));
        }
        return exporter.write(vm.atlas(), canvas.request(chart), format, out);
    }

    /** The x of a day on the chart as last painted, in the pane's canvas coordinates (NaN before a chart is painted). */
    public double xOf(LocalDate day) {
        return canvas.frame() == null ? Double.NaN : canvas.frame().x(day);
    }

    /** The chart's canvas (tests read its pixels and point at it). */
    public Canvas canvas() {
        return canvas.canvas();
    }

    /** The timeline day the chart marked when last painted. */
    public LocalDate markedDay() {
        return canvas.paintedMarked();
    }
}
